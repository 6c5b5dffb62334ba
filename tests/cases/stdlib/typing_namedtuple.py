# typing.NamedTuple class statements: annotated fields, defaults, methods,
# and the non-default-after-default error.
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    id: int = 3

    def badge(self):
        return f"{self.name}#{self.id}"


e = Employee("Guido")
print(e, e.badge(), e._replace(id=9), Employee._fields, Employee._field_defaults, e == ("Guido", 3))
name, ident = Employee("Ada", 1)
print(name, ident, isinstance(e, tuple), type(e).__name__)
try:
    Employee()
except TypeError as err:
    print(err)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print(err)
