# error: 'redirect_stdout' of the module 'contextlib' is not supported yet
from contextlib import redirect_stdout
