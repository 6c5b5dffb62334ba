from app.core import engine
from app import util
import app
print(engine.run(3), util.helper(), app.VERSION)
print(engine.__package__, util.__package__, app.__package__)
print(engine.__name__, app.core.__name__)
try:
    from app.core import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
