"""Context-manager utilities (pyaot's own `contextlib`, written from the
documentation): `contextmanager`, `suppress`, `closing`, `nullcontext`,
`ExitStack`, `ContextDecorator`, `AbstractContextManager`,
`redirect_stdout`, `redirect_stderr` and `chdir`.

The asynchronous ones wait for `async def`: `__pyaot_refused__` lists
them, so a program naming one is refused at build time."""

import sys
from _pyaot_os import _pyaot_getcwd, _pyaot_chdir

__all__ = ["contextmanager", "suppress", "closing", "nullcontext", "ExitStack",
           "ContextDecorator", "AbstractContextManager", "redirect_stdout", "redirect_stderr", "chdir"]

__pyaot_refused__ = ["asynccontextmanager",
                     "AsyncExitStack", "aclosing", "AbstractAsyncContextManager",
                     "AsyncContextDecorator"]


class AbstractContextManager:
    """A base whose `__enter__` returns the object itself."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base for context managers that also work as function decorators:
    the decorated function runs inside the `with`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator):
    """What a `@contextmanager` function returns: runs the generator to its
    `yield` on entry, and on to its end (or throws the exception in) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return _GeneratorContextManager(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Makes a generator function into a factory of context managers."""

    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls `thing.close()` on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class chdir(AbstractContextManager):
    """Changes the working directory for the `with` block, and back after
    (reentrant: each entry restores its own)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(_pyaot_getcwd())
        path = self.path
        if not isinstance(path, str):
            path = type(path).__fspath__(path)
        _pyaot_chdir(path)

    def __exit__(self, *excinfo):
        _pyaot_chdir(self._old_cwd.pop())


class nullcontext(AbstractContextManager):
    """Does nothing; `with` gives `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    """Points a standard stream at `new_target` for the `with` block;
    reentrant, as each entry keeps what it replaced. Subclasses say which
    stream (`_get`, `_set`)."""

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(self._get())
        self._set(self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        self._set(self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """`sys.stdout` (where print writes) goes to `new_target` in the block."""

    def _get(self):
        return sys.stdout

    def _set(self, target):
        sys.stdout = target


class redirect_stderr(_RedirectStream):
    """`sys.stderr` goes to `new_target` in the block."""

    def _get(self):
        return sys.stderr

    def _set(self, target):
        sys.stderr = target


class suppress(AbstractContextManager):
    """Swallows the given exceptions (and their subclasses)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, unwound last first when the `with` ends:
    each sees the exception the one after it left (or raised)."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new stack, which it returns."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds a context manager's `__exit__`, or a callable taking the same
        three arguments."""
        if hasattr(type(exit), "__exit__"):
            self._exit_callbacks.append(exit.__exit__)
        else:
            self._exit_callbacks.append(exit)
        return exit

    def enter_context(self, cm):
        """Enters `cm` and pushes its `__exit__`; returns what it gave."""
        cls = type(cm)
        if not hasattr(cls, "__enter__") or not hasattr(cls, "__exit__"):
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__))
        result = cm.__enter__()
        self._exit_callbacks.append(cm.__exit__)
        return result

    def callback(self, callback, *args, **kwds):
        """Pushes `callback(*args, **kwds)`, run on exit whatever happened."""

        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed_exc = False
        pending_raise = False
        pending = None
        exc_type, exc_value, exc_tb = exc_details
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(exc_type, exc_value, exc_tb):
                    suppressed_exc = True
                    pending_raise = False
                    exc_type, exc_value, exc_tb = None, None, None
            except BaseException as new_exc:
                if exc_value is not None and new_exc is not exc_value and new_exc.__context__ is None:
                    new_exc.__context__ = exc_value
                pending_raise = True
                pending = new_exc
                exc_type, exc_value, exc_tb = type(new_exc), new_exc, new_exc.__traceback__
        if pending_raise:
            raise pending
        return received_exc and suppressed_exc
