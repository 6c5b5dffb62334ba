# error: 'TextIOWrapper' of the module 'io' is not supported yet
import io

f = io.TextIOWrapper(None)
