import types
from types import SimpleNamespace, MappingProxyType, FunctionType, GeneratorType

def f(): pass
def g(): yield 1
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, FunctionType))
print(isinstance(g(), GeneratorType), isinstance(f, GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), isinstance(types, types.ModuleType))
print(types.NoneType, type(None) is types.NoneType, types.EllipsisType is type(...), isinstance(C.s, FunctionType))
ns = SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns.c, ns == SimpleNamespace(a=1, b="two", c=[3]), isinstance(ns, SimpleNamespace))
del ns.a
print(ns, hasattr(ns, "a"), vars(ns) if False else "")
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
d = {"x": 1}
mp = MappingProxyType(d)
print(mp, mp["x"], len(mp), "x" in mp, list(mp), mp.get("y", 0), list(mp.items()))
d["y"] = 2
print(mp["y"], mp == d, repr(mp))
try:
    mp["z"] = 3
except TypeError as e:
    print(e)
try:
    MappingProxyType([1])
except TypeError as e:
    print(e)
def body(ns):
    ns["greet"] = lambda self: "hi " + self.name
    ns["kind"] = "made"
K = types.new_class("K", (), exec_body=body)
k = K()
k.name = "x"
print(K.__name__, K.kind, k.greet())
class Meta(type):
    pass
K2 = types.new_class("K2", (K,), {"metaclass": Meta})
print(type(K2).__name__, issubclass(K2, K), types.prepare_class("Z")[0] is type)
print(types.resolve_bases((int, str)))
