"""Enumerations (pyaot's own `enum` module, written from the documentation):
`Enum`, `IntEnum`, `StrEnum`, `ReprEnum`, `Flag`, `IntFlag`, `auto`,
`unique`, the functional API, `_missing_`, aliases and `__members__`.

The members are made by the metaclass `EnumType` when the class statement
ends: every name of the class body that is not a dunder, a sunder, a
descriptor or a function becomes an instance of the class, in the order it
was written.  A member of an enumeration deriving from `int` or `str` is
made by that type's `__new__` and carries its value.  pyaot looks a
builtin base's methods up after the classes', where CPython's MRO puts the
type before `Enum`: `IntEnum`, `StrEnum` and `IntFlag` therefore name the
type's `__hash__`, `__str__` and `__format__` themselves."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag", "IntFlag", "auto", "unique",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
           "property", "verify", "member", "nonmember", "global_enum",
           "EnumCheck", "UNIQUE", "CONTINUOUS", "NAMED_FLAGS"]

# Its `setattr`, `__setattr__` and `__dict__` reach enumeration classes and
# their members only (classes with a metaclass, which pyaot never tracks).
__pyaot_closed__ = True

from types import MappingProxyType as _MappingProxy

_builtin_property = property


class auto:
    """A placeholder value: the class picks it with `_generate_next_value_`."""

    def __init__(self, value=None):
        self.value = value
        self._resolved = False

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # CPython picks an `auto`'s value as the class body runs; pyaot's class
    # bodies have no `__prepare__`, so `RED | GREEN` of two `auto()`s is
    # kept as an expression and worked out when the class is made.
    def __or__(self, other):
        return _Deferred(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return _Deferred(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _Deferred(lambda a, b: a ^ b, self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _resolve(value):
    if isinstance(value, _Deferred):
        return value.op(_resolve(value.left), _resolve(value.right))
    if isinstance(value, auto):
        return value.value
    return value


class _Deferred(auto):
    """A bitwise expression of `auto()` values, worked out at class creation."""

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = None
        self._resolved = True


class member:
    """Forces a value to become a member (a function, for instance)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value of the class body from becoming a member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, (_builtin_property, staticmethod, classmethod)):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


def _bits(value):
    """The single-bit values of a non-negative int, lowest first."""
    out = []
    bit = 1
    while bit <= value:
        if value & bit:
            out.append(bit)
        bit <<= 1
    return out


class FlagBoundary:
    """What a `Flag` does with values outside its members' bits (3.11)."""

    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name_, self._name_.lower())

    def __str__(self):
        return self._name_.lower()


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")


def _data_type(enum_class):
    """The builtin type (`int`, `str`, `float`) an enumeration derives from, if any."""
    for base in enum_class.__mro__:
        if base is int or base is str or base is float:
            return base
    return None


def _enum_bases(class_name, bases):
    for base in bases:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (class_name, base))


class EnumType(type):
    """The metaclass of enumerations: makes the members, and gives the class
    its iteration, length, lookup by name and call by value."""

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        _enum_bases(cls, bases)
        names = []
        values = {}
        body = {}
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in classdict:
            value = classdict[key]
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                names.append(key)
                values[key] = value.value
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or callable(value) and not isinstance(value, auto)):
                body[key] = value
                continue
            names.append(key)
            values[key] = value
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        if boundary is None:
            boundary = getattr(enum_class, "_boundary_", None)
        enum_class._boundary_ = boundary
        enum_class._flag_mask_ = 0
        enum_class._all_bits_ = 0
        enum_class._inverted_ = None
        generate = getattr(enum_class, "_generate_next_value_")
        last_values = []
        is_flag = issubclass(enum_class, Flag) if Flag is not None else False
        for count, name in enumerate(names):
            value = values[name]
            if isinstance(value, _Deferred):
                value = _resolve(value)
            elif isinstance(value, auto):
                if value.value is None or not value._resolved:
                    value.value = generate(name, 1, count, last_values[:])
                    value._resolved = True
                value = value.value
            metacls._add_member(enum_class, name, value)
            last_values.append(value)
        if is_flag:
            mask = 0
            for name in enum_class._member_names_:
                v = enum_class._member_map_[name]._value_
                if isinstance(v, int):
                    mask |= v
            enum_class._flag_mask_ = mask
            top = 1
            while top <= mask:
                top <<= 1
            enum_class._all_bits_ = top - 1
        return enum_class

    def _add_member(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        maker = None
        data_type = _data_type(enum_class)
        for base in enum_class.__mro__[:-1]:
            if base is data_type:
                break
            if "__new__" in base.__dict__ and base is not Enum and base is not Flag:
                maker = base.__dict__["__new__"]
                break
        if maker is None and data_type is not None:
            item = data_type.__new__(enum_class, *args)
            if not hasattr(item, "_value_"):
                item._value_ = data_type(*args)
        elif maker is None:
            item = object.__new__(enum_class)
            if not hasattr(item, "_value_"):
                item._value_ = value
        else:
            item = enum_class.__new__(enum_class, *args)
            if not hasattr(item, "_value_"):
                item._value_ = args[0] if len(args) == 1 else args
        value = item._value_
        item._name_ = name
        item.__objclass__ = enum_class
        init = None
        for base in enum_class.__mro__[:-1]:
            if base is data_type:
                break
            if "__init__" in base.__dict__:
                if base is not Enum and base is not Flag:
                    init = base.__dict__["__init__"]
                break
        if init is not None:
            item.__init__(*args)
        item._sort_order_ = len(enum_class._member_names_)
        for existing in enum_class._member_names_:
            other = enum_class._member_map_[existing]
            if other._value_ == value:
                item = other
                break
        else:
            is_flag = Flag is not None and issubclass(enum_class, Flag)
            if not is_flag or (isinstance(value, int) and _power_of_two(value)) or not isinstance(value, int):
                enum_class._member_names_.append(name)
            elif value == 0:
                enum_class._member_names_.append(name)
        setattr(enum_class, name, item)
        enum_class._member_map_[name] = item
        try:
            if value not in enum_class._value2member_map_:
                enum_class._value2member_map_[value] = item
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __call__(cls, value, names=None, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module, qualname, type, start, boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name in cls._member_names_:
                if cls._member_map_[name]._value_ == value:
                    return cls._member_map_[name]
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, found))

    def _create_(cls, class_name, names, module, qualname, type, start, boundary):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
        elif isinstance(names, dict):
            items = list(names.items())
        else:
            items = [(item[0], item[1]) for item in names]
        classdict = {}
        for name, value in items:
            classdict[name] = value
        bases = (cls,) if type is None else (type, cls)
        made = EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)
        if module is not None:
            made.__module__ = module
        if qualname is not None:
            made.__qualname__ = qualname
        return made

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__qualname__, "EnumType"))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __dir__(cls):
        names = ["__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__", "__iter__",
                 "__len__", "__members__", "__module__", "__name__", "__qualname__"]
        return sorted(names + cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


Flag = None


class Enum(metaclass=EnumType):
    """The base of enumerations: members are compared by identity."""

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for key in self.__class__.__dict__:
            if not key.startswith("_") and key not in self.__class__._member_map_:
                names.append(key)
        return sorted(set(names))

    @_builtin_property
    def name(self):
        """The member's name."""
        return self._name_

    @_builtin_property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enumeration whose `str()` and `format()` are its data type's (only
    `repr()` shows the member)."""


class IntEnum(int, ReprEnum):
    """Members that are ints."""

    __str__ = int.__repr__
    __format__ = int.__format__
    __hash__ = int.__hash__


class StrEnum(str, ReprEnum):
    """Members that are strings; `auto()` gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    __str__ = str.__str__
    __format__ = str.__format__
    __hash__ = str.__hash__


class Flag(Enum, boundary=STRICT):
    """Members that combine with the bitwise operators."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for value in last_values:
            if not isinstance(value, int):
                raise TypeError("invalid flag value %r" % (value,))
            if value > high:
                high = value
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        boundary = cls._boundary_
        if value < 0:
            value = max(cls._all_bits_ + 1, mask + 1) + value
            if value < 0:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        extra = value & ~mask
        if extra:
            if boundary is STRICT or boundary is None:
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value), bin(mask)))
            if boundary is CONFORM:
                value = value & mask
            elif boundary is EJECT:
                return value
        if _data_type(cls) is int:
            pseudo = int.__new__(cls, value)
        else:
            pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                names.append(name)
        # Bits no member has are named by their number after the members'.
        unknown = value & ~mask
        if names and unknown:
            names.append(repr(unknown))
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        cls = self.__class__
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and _power_of_two(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(_bits(self._value_))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are ints: they combine with ints too, and values outside
    the members' bits are kept."""

    __str__ = int.__repr__
    __format__ = int.__format__
    __hash__ = int.__hash__

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if isinstance(other, int):
            return int(other)
        return None

    def __or__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is KEEP or self._boundary_ is EJECT:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)


class EnumCheck:
    """The checks `verify` can make."""

    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return "<EnumCheck.%s: %r>" % (self._name_, self._name_.lower())


UNIQUE = EnumCheck("UNIQUE")
CONTINUOUS = EnumCheck("CONTINUOUS")
NAMED_FLAGS = EnumCheck("NAMED_FLAGS")


def unique(enumeration):
    """A class decorator: raises ValueError if two names share a value."""
    duplicates = []
    for name in enumeration.__members__:
        m = enumeration.__members__[name]
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    """A class decorator making the given `EnumCheck`s (UNIQUE is checked)."""

    def decorate(enumeration):
        for check in checks:
            if check is UNIQUE:
                unique(enumeration)
        return enumeration

    return decorate


def global_enum(cls):
    """Returns the class unchanged (its module's globals are not updated)."""
    return cls


property = _builtin_property
