# error: warn() with a stacklevel other than 1 (pyaot keeps no call frames) is not supported yet
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
