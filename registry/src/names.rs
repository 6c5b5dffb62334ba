//! The names of Python's builtins module: which are functions pyaot
//! implements, and which CPython 3.11 has at all. The compiler binds a
//! builtin name only if pyaot implements it (the classes are in
//! [`crate::classes`]), and refuses at compile time a program using one
//! CPython has but pyaot does not.

/// The builtin functions pyaot implements (the builtin classes, which can
/// be called too, are [`crate::classes::TYPES`] and the exceptions).
pub static FUNCTIONS: &[&str] = &[
    "print",
    "len",
    "range",
    "min",
    "max",
    "sum",
    "abs",
    "enumerate",
    "zip",
    "sorted",
    "reversed",
    "isinstance",
    "repr",
    "round",
    "divmod",
    "pow",
    "bin",
    "hex",
    "oct",
    "ord",
    "chr",
    "any",
    "all",
    "input",
    "iter",
    "next",
    "id",
    "hash",
    "ascii",
    "format",
    "map",
    "filter",
    "property",
    "classmethod",
    "staticmethod",
    "issubclass",
    "callable",
    "getattr",
    "setattr",
    "hasattr",
    "delattr",
    "vars",
    "__import__",
];

/// Builtins written in Python: the standard module (`stdlib/`) that
/// defines each under the same name. A program naming one is built with
/// that module, and a call of the builtin calls the module's function.
pub static IN_MODULES: &[(&str, &str)] = &[("open", "io")];

/// The standard module defining the builtin `name`, if [`IN_MODULES`] lists it.
pub fn module_of(name: &str) -> Option<&'static str> {
    IN_MODULES.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

/// Whether `name` is a builtin pyaot implements that can be called:
/// a function or a type.
pub fn is_callable_builtin(name: &str) -> bool {
    FUNCTIONS.contains(&name) || crate::classes::TYPES.iter().any(|t| t.name == name)
}

/// Every name of CPython 3.11's `builtins` module that is not an exception
/// class. A program using one pyaot does not implement is refused at
/// compile time rather than failing with a NameError when it runs.
pub static PYTHON_BUILTINS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "__import__",
    "__build_class__",
    "__name__",
    "__doc__",
    "__spec__",
    "__loader__",
    "__package__",
    "__debug__",
    "NotImplemented",
    "Ellipsis",
    "BaseExceptionGroup",
    "ExceptionGroup",
];

/// The short name of a qualified builtin (`functools.reduce` -> `reduce`,
/// `collections.deque` -> `deque`): what reprs and error messages show.
pub fn short_name(qualified: &str) -> &str {
    qualified.rsplit('.').next().unwrap_or(qualified)
}

/// Builtin functions as values besides the builtins module's own
/// ([`FUNCTIONS`]): methods reached through
/// objects the runtime makes.
pub const INTERNAL_FUNCTIONS: &[&str] = &[
    // `prop.setter` and friends, bound to their property (see `class::getattr`).
    "property.getter",
    "property.setter",
    "property.deleter",
    // What `super().__init__(...)` reaches past the user classes.
    "BaseException.__init__",
    "object.__init__",
    "object.__new__",
    "object.__init_subclass__",
    "object.__setattr__",
    "object.__delattr__",
    "object.__getattribute__",
    "object.__repr__",
    "object.__str__",
    "object.__eq__",
    "object.__ne__",
    "object.__hash__",
    // `super().__init__(items)` in a class deriving from list, dict or set.
    "list.__init__",
    "dict.__init__",
    "set.__init__",
    // What `super()` reaches past the user classes in a metaclass.
    "type.__new__",
    "type.__init__",
    "type.__call__",
    // The methods of an `lru_cache` wrapper (see `functools::cached_attr`).
    "_lru_cache_wrapper.cache_info",
    "_lru_cache_wrapper.cache_clear",
    "_lru_cache_wrapper.cache_parameters",
    // The methods of a `random.Random` object (see `random::Generator`).
    "Random.seed",
    "Random.random",
    "Random.getrandbits",
    "Random.randrange",
    "Random.randint",
    "Random.uniform",
    "Random.choice",
    "Random.shuffle",
    "Random.sample",
    "Random.choices",
    "Random.expovariate",
    "Random.gauss",
    "Random.normalvariate",
    "Random.triangular",
    "Random.lognormvariate",
    "Random.vonmisesvariate",
    "Random.gammavariate",
    "Random.betavariate",
    "Random.paretovariate",
    "Random.weibullvariate",
    "Random.randbytes",
    "Random.getstate",
    "Random.setstate",
    // A module function reached as an attribute of another (`chain.from_iterable`).
    "itertools.chain.from_iterable",
    // The methods of the standard streams (see `io::stream_attr`).
    "TextIOWrapper.write",
    "TextIOWrapper.flush",
    "TextIOWrapper.readline",
    "TextIOWrapper.read",
    "TextIOWrapper.writelines",
    "TextIOWrapper.readlines",
    "TextIOWrapper.isatty",
    "TextIOWrapper.fileno",
    "TextIOWrapper.readable",
    "TextIOWrapper.writable",
    "TextIOWrapper.seekable",
];
