# Imports by names computed at run time, of modules compiled in by the
# build flags --include-module and --include-package (CPython finds them
# on its path).
# pyaot-build-args: --include-module helper --include-package plugins
import importlib
import sys

for name in sorted(["alpha", "beta"]):
    m = importlib.import_module("plugins." + name)
    print(m.NAME, m.run(3))
helper = importlib.import_module("help" + "er")
print(helper.greet("x"))
deep = importlib.import_module("plugins.extra.deep")
print(deep.VALUE, "plugins.extra" in sys.modules)
try:
    importlib.import_module("plugins.gamma")
except ModuleNotFoundError as e:
    print(e)
