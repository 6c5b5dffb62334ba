//! The standard-library modules pyaot provides and the members of each:
//! what `import sys` binds and what `from functools import reduce` may
//! name. The compiler reads this table to refuse an import the runtime
//! cannot satisfy; the runtime (`rt/src/stdlib/mod.rs`) makes each member's
//! value.

pub struct Module {
    pub name: &'static str,
    /// The members that are functions (builtin function values).
    pub functions: &'static [&'static str],
    /// The other members: constants, classes, objects.
    pub values: &'static [&'static str],
}

impl Module {
    /// Whether pyaot's module has the member `name`.
    pub fn has(&self, name: &str) -> bool {
        self.functions.contains(&name) || self.values.contains(&name)
    }

    /// Every member's name.
    pub fn members(&self) -> impl Iterator<Item = &'static str> {
        self.functions.iter().chain(self.values).copied()
    }
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<module '{}' (built-in)>", self.name)
    }
}

pub static MODULES: &[Module] = &[
    Module {
        name: "sys",
        functions: &[
            "getsizeof",
            "getrefcount",
            "getrecursionlimit",
            "setrecursionlimit",
            "exit",
            "exc_info",
            "intern",
            "getdefaultencoding",
            "getfilesystemencoding",
            "getfilesystemencodeerrors",
        ],
        values: &[
            "maxsize",
            "argv",
            "platform",
            "byteorder",
            "stdin",
            "stdout",
            "stderr",
            "__stdin__",
            "__stdout__",
            "__stderr__",
            "implementation",
            "modules",
            "version_info",
            "version",
            "hexversion",
            "flags",
            "float_info",
            "maxunicode",
            "api_version",
            "float_repr_style",
            "copyright",
            "pycache_prefix",
            "builtin_module_names",
        ],
    },
    Module { name: "copy", functions: &["copy", "deepcopy"], values: &["Error", "error"] },
    Module { name: "importlib", functions: &["import_module"], values: &[] },
    Module { name: "dis", functions: &["dis"], values: &[] },
    Module {
        name: "heapq",
        functions: &["heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nlargest", "nsmallest", "merge"],
        values: &[],
    },
    Module {
        name: "random",
        functions: &[
            "seed",
            "random",
            "getrandbits",
            "randrange",
            "randint",
            "uniform",
            "choice",
            "shuffle",
            "sample",
            "choices",
            "expovariate",
            "gauss",
            "normalvariate",
            "triangular",
            "lognormvariate",
            "vonmisesvariate",
            "gammavariate",
            "betavariate",
            "paretovariate",
            "weibullvariate",
            "randbytes",
            "getstate",
            "setstate",
            "Random",
        ],
        values: &[],
    },
    Module {
        name: "bisect",
        functions: &["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"],
        values: &[],
    },
    // The Unicode 14.0 character database (`stdlib/unicodedata/`).
    Module {
        name: "unicodedata",
        functions: &[
            "lookup",
            "name",
            "decimal",
            "digit",
            "numeric",
            "category",
            "bidirectional",
            "combining",
            "east_asian_width",
            "mirrored",
            "decomposition",
            "normalize",
            "is_normalized",
        ],
        values: &["unidata_version"],
    },
    Module {
        // The Rust half of `collections` (`stdlib/collections/` re-exports it).
        name: "_pyaot_collections",
        functions: &["namedtuple"],
        values: &["deque", "Counter", "defaultdict", "OrderedDict"],
    },
    Module {
        name: "atexit",
        functions: &["register", "unregister", "_run_exitfuncs", "_clear", "_ncallbacks"],
        values: &[],
    },
    // The Rust half of `traceback` (`stdlib/traceback.py`).
    Module {
        name: "_pyaot_traceback",
        functions: &["format_exception", "format_exception_only", "format_tb"],
        values: &[],
    },
    // The Rust half of `warnings` (`stdlib/warnings.py`).
    Module { name: "_pyaot_warnings", functions: &["_pyaot_location"], values: &[] },
    Module { name: "_pyaot_logging", functions: &["_pyaot_caller"], values: &[] },
    // The Rust half of `io` (`stdlib/io.py`): system calls on file descriptors.
    Module {
        name: "_pyaot_io",
        functions: &[
            "_pyaot_open",
            "_pyaot_read",
            "_pyaot_write",
            "_pyaot_seek",
            "_pyaot_truncate",
            "_pyaot_close",
            "_pyaot_isatty",
            "_pyaot_getcwd",
        ],
        values: &[],
    },
    // The Rust half of `datetime` (`stdlib/datetime.py`): the local time zone and the clock.
    Module { name: "_pyaot_datetime", functions: &["_pyaot_now"], values: &[] },
    // The Rust half of `zlib` (`stdlib/zlib.py`): the reference zlib's streams and checksums.
    Module {
        name: "_pyaot_zlib",
        functions: &[
            "_pyaot_deflate_new",
            "_pyaot_inflate_new",
            "_pyaot_deflate",
            "_pyaot_inflate",
            "_pyaot_copy",
            "_pyaot_version",
            "crc32",
            "adler32",
        ],
        values: &[],
    },
    // The Rust half of `re` (`stdlib/re.py`): parsing, compiling and matching patterns.
    Module { name: "_pyaot_re", functions: &["_pyaot_setup", "_pyaot_compile"], values: &[] },
    // The Rust half of `struct` (`stdlib/struct.py`): formats, packing and unpacking.
    Module {
        name: "_pyaot_struct",
        functions: &[
            "_pyaot_calcsize",
            "_pyaot_format",
            "_pyaot_pack",
            "_pyaot_pack_into",
            "_pyaot_unpack",
            "_pyaot_iter_unpack",
        ],
        values: &[],
    },
    // The Rust half of `binascii` (`stdlib/binascii.py`): base64, hex and the CRCs.
    Module {
        name: "_pyaot_binascii",
        functions: &["_pyaot_b2a_base64", "_pyaot_a2b_base64", "_pyaot_a2b_hex", "_pyaot_crc32", "_pyaot_crc_hqx"],
        values: &[],
    },
    // The Rust half of `hashlib` (`stdlib/hashlib.py`): the digests' states.
    Module {
        name: "_pyaot_hashlib",
        functions: &["_pyaot_new", "_pyaot_update", "_pyaot_digest", "_pyaot_copy"],
        values: &[],
    },
    // The Rust half of `codecs` (`stdlib/codecs.py`): lookup by name,
    // decoding part by part, the error handlers' registry.
    Module {
        name: "_pyaot_codecs",
        functions: &["_pyaot_lookup", "_pyaot_decode_part", "register_error", "_pyaot_registered"],
        values: &[],
    },
    // The Rust half of `html` (`stdlib/html/`): `unescape` and the entity
    // tables.
    Module {
        name: "_pyaot_html",
        functions: &["_pyaot_unescape", "_pyaot_html5", "_pyaot_name2codepoint"],
        values: &[],
    },
    // The Rust half of `locale` (`stdlib/locale.py`): the C library's
    // locale functions.
    Module {
        name: "_pyaot_locale",
        functions: &["_pyaot_setlocale", "_pyaot_localeconv", "_pyaot_utf8_mode", "strcoll", "strxfrm", "nl_langinfo"],
        values: &[],
    },
    // The Rust half of `json` (`stdlib/json/`): its serializer and parser.
    Module {
        name: "_pyaot_json",
        functions: &["_pyaot_encode", "_pyaot_encode_basestring", "_pyaot_decode"],
        values: &[],
    },
    // The Rust half of `os` (`stdlib/os/__init__.py`): its system calls.
    Module {
        name: "_pyaot_os",
        functions: &[
            "_pyaot_getcwd",
            "_pyaot_chdir",
            "_pyaot_listdir",
            "_pyaot_mkdir",
            "_pyaot_rmdir",
            "_pyaot_unlink",
            "_pyaot_rename",
            "_pyaot_stat",
            "_pyaot_environ",
            "_pyaot_putenv",
            "_pyaot_unsetenv",
            "_pyaot_getpid",
            "_pyaot_cpu_count",
            "_pyaot_urandom",
            "_pyaot_realpath",
            "_pyaot_chmod",
            "_pyaot_utime",
            "_pyaot_access",
            "_pyaot_symlink",
            "_pyaot_readlink",
            "_pyaot_statvfs",
        ],
        values: &[],
    },
    // The Rust half of `inspect` (`stdlib/inspect.py`).
    Module { name: "_pyaot_inspect", functions: &["isgeneratorfunction", "_pyaot_parameters"], values: &[] },
    // The Rust half of `weakref` (`stdlib/weakref.py` re-exports it).
    Module {
        name: "_pyaot_weakref",
        functions: &["getweakrefcount", "getweakrefs"],
        values: &["ref", "ReferenceType"],
    },
    Module {
        name: "gc",
        functions: &[
            "collect",
            "enable",
            "disable",
            "isenabled",
            "get_count",
            "get_threshold",
            "set_threshold",
            "get_debug",
            "set_debug",
            "freeze",
            "unfreeze",
            "get_freeze_count",
            "is_tracked",
            "is_finalized",
            "get_objects",
            "get_stats",
        ],
        values: &["garbage", "DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"],
    },
    // The Rust half of `time` (`stdlib/time.py`): the clocks, `sleep` and the local time zone.
    Module {
        name: "_pyaot_time",
        functions: &[
            "_pyaot_localtime",
            "_pyaot_mktime",
            "_pyaot_strftime",
            "_pyaot_index",
            "_pyaot_tzset",
            "time",
            "time_ns",
            "perf_counter",
            "perf_counter_ns",
            "monotonic",
            "monotonic_ns",
            "process_time",
            "process_time_ns",
            "sleep",
        ],
        values: &[],
    },
    // The Rust half of `functools` (`stdlib/functools.py` re-exports it).
    Module {
        name: "_pyaot_functools",
        functions: &[
            "reduce",
            "partial",
            "lru_cache",
            "cache",
            "wraps",
            "cmp_to_key",
            "total_ordering",
            "update_wrapper",
        ],
        values: &[],
    },
    Module {
        // The Rust half of `dataclasses` (`stdlib/dataclasses.py` re-exports it).
        name: "_pyaot_dataclasses",
        functions: &["dataclass", "_pyaot_field", "_pyaot_markers", "fields", "asdict", "astuple"],
        values: &["FrozenInstanceError", "MISSING"],
    },
    // The Rust half of `abc` (`stdlib/abc.py` re-exports it).
    Module { name: "_pyaot_abc", functions: &["abstractmethod"], values: &[] },
    Module {
        name: "itertools",
        functions: &[
            "count",
            "cycle",
            "repeat",
            "islice",
            "chain",
            "compress",
            "dropwhile",
            "takewhile",
            "filterfalse",
            "groupby",
            "accumulate",
            "starmap",
            "zip_longest",
            "tee",
            "product",
            "permutations",
            "combinations",
            "combinations_with_replacement",
            "pairwise",
        ],
        values: &[],
    },
    Module {
        name: "math",
        functions: &[
            "sqrt",
            "exp",
            "log",
            "log2",
            "log10",
            "sin",
            "cos",
            "tan",
            "asin",
            "acos",
            "atan",
            "atan2",
            "sinh",
            "cosh",
            "tanh",
            "floor",
            "ceil",
            "trunc",
            "fabs",
            "pow",
            "hypot",
            "degrees",
            "radians",
            "isnan",
            "isinf",
            "isfinite",
            "copysign",
            "fmod",
            "gcd",
            "lcm",
            "factorial",
            "isqrt",
            "comb",
            "perm",
            "prod",
            "fsum",
            "isclose",
            "modf",
            "acosh",
            "asinh",
            "atanh",
            "log1p",
            "expm1",
            "exp2",
            "erf",
            "erfc",
            "ldexp",
            "frexp",
        ],
        values: &["pi", "e", "tau", "inf", "nan"],
    },
    // Type hints: markers with a repr, subscriptable (`Optional[int]`),
    // with no effect at run time, as in CPython.
    Module {
        name: "typing",
        functions: &[
            "TypeVar",
            "ParamSpec",
            "TypeVarTuple",
            "NewType",
            "cast",
            "overload",
            "runtime_checkable",
            "final",
            "no_type_check",
            "assert_type",
            "assert_never",
            "reveal_type",
            "dataclass_transform",
            "get_origin",
            "get_args",
            "get_type_hints",
            "is_typeddict",
        ],
        values: &[
            "Any",
            "Optional",
            "Union",
            "List",
            "Dict",
            "Tuple",
            "Set",
            "FrozenSet",
            "Callable",
            "Iterable",
            "Iterator",
            "Generator",
            "Sequence",
            "Mapping",
            "MutableMapping",
            "MutableSequence",
            "Type",
            "ClassVar",
            "Final",
            "Literal",
            "NoReturn",
            "Generic",
            "Protocol",
            "TYPE_CHECKING",
            "NamedTuple",
            "TypedDict",
            "Annotated",
            "AbstractSet",
            "AnyStr",
            "AsyncContextManager",
            "AsyncGenerator",
            "AsyncIterable",
            "AsyncIterator",
            "Awaitable",
            "BinaryIO",
            "ByteString",
            "ChainMap",
            "Collection",
            "Concatenate",
            "Container",
            "ContextManager",
            "Coroutine",
            "Counter",
            "DefaultDict",
            "Deque",
            "Hashable",
            "IO",
            "ItemsView",
            "KeysView",
            "LiteralString",
            "MappingView",
            "Match",
            "MutableSet",
            "Never",
            "NotRequired",
            "OrderedDict",
            "Pattern",
            "Required",
            "Reversible",
            "Self",
            "Sized",
            "SupportsAbs",
            "SupportsBytes",
            "SupportsComplex",
            "SupportsFloat",
            "SupportsIndex",
            "SupportsInt",
            "SupportsRound",
            "Text",
            "TextIO",
            "TypeAlias",
            "TypeGuard",
            "Unpack",
            "ValuesView",
        ],
    },
];

/// Standard modules members need at run time beyond their own module.
pub struct Implied {
    pub module: &'static str,
    pub members: &'static [&'static str],
    /// Needed only where the module naming the member also names one of
    /// these (none: always).
    pub with: &'static [&'static str],
    pub needs: &'static [&'static str],
}

/// A program naming `typing.get_origin` is built with `collections.abc`
/// and `contextlib` (the origins of `Iterable[int]`, `ContextManager[T]`);
/// one checking classes against `typing`'s aliases of the abstract
/// collections (`isinstance(x, Iterable)`) too, as they check against those.
pub static IMPLIED: &[Implied] = &[
    Implied { module: "typing", members: &["get_origin"], with: &[], needs: &["collections.abc", "contextlib"] },
    Implied {
        module: "typing",
        members: &[
            "AbstractSet",
            "AsyncGenerator",
            "AsyncIterable",
            "AsyncIterator",
            "Awaitable",
            "ByteString",
            "Callable",
            "ChainMap",
            "Collection",
            "Container",
            "ContextManager",
            "Coroutine",
            "Generator",
            "Hashable",
            "ItemsView",
            "Iterable",
            "Iterator",
            "KeysView",
            "Mapping",
            "MappingView",
            "MutableMapping",
            "MutableSequence",
            "MutableSet",
            "Reversible",
            "Sequence",
            "Sized",
            "ValuesView",
        ],
        with: &["isinstance", "issubclass"],
        needs: &["collections.abc", "contextlib"],
    },
];

/// The modules `module.member` needs beyond its own ([`IMPLIED`]) in a
/// module of the program that names the names `named` says it does. The
/// runtime reads them by name.
pub fn implied_by(module: &str, member: &str, named: &dyn Fn(&str) -> bool) -> Vec<&'static str> {
    IMPLIED
        .iter()
        .filter(|i| {
            i.module == module && i.members.contains(&member) && (i.with.is_empty() || i.with.iter().any(|w| named(w)))
        })
        .flat_map(|i| i.needs.iter().copied())
        .collect()
}

/// Module members that read modules by name at run time (`get_type_hints`
/// evaluates a string annotation in its module's globals): a program
/// naming one is built with every module readable by name.
/// (Those [`IMPLIED`] lists do too.)
pub static READ_MODULES_BY_NAME: &[&str] = &["get_type_hints"];

/// The modules pyaot provides that CPython builds into its interpreter
/// (`sys.builtin_module_names`): importing a name one lacks is an
/// ImportError from "unknown location", where another module's message
/// would name CPython's file for it.
pub static CPYTHON_BUILT_IN: &[&str] = &["atexit", "gc", "itertools", "sys", "time"];

/// The methods whose calls, in the program's own modules, record where
/// they are made, when the program uses `logging`: a record names its
/// caller's file, line and function (`object::program::mark_caller`).
pub static CALLER_METHODS: &[&str] =
    &["debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"];

/// The module named `name`, if pyaot provides it.
pub fn find(name: &str) -> Option<&'static Module> {
    MODULES.iter().find(|m| m.name == name)
}

/// The prefix of a module that is the Rust half of a standard module
/// written in Python (`_pyaot_abc` under `stdlib/abc.py`).
pub const RUST_HALF: &str = "_pyaot_";

/// The name the runtime knows a module by: a Rust half's is the Python
/// module's (`_pyaot_abc` is `abc`), so its functions' qualified names
/// and its types' names are CPython's.
pub fn runtime_name(module: &str) -> &str {
    module.strip_prefix(RUST_HALF).unwrap_or(module)
}

/// The registry module a runtime name stands for (`collections` finds
/// `_pyaot_collections`).
pub fn find_runtime(name: &str) -> Option<&'static Module> {
    find(name).or_else(|| MODULES.iter().find(|m| m.name.strip_prefix(RUST_HALF) == Some(name)))
}

/// Whether CPython 3.11's module `module` has a member `name` (see
/// `module_names.rs`, generated from CPython).
pub fn cpython_has(module: &str, name: &str) -> bool {
    crate::module_names::CPYTHON_NAMES.iter().any(|(m, names)| *m == module && names.contains(&name))
}

/// Whether CPython 3.11 has a standard module of this name (its
/// `sys.stdlib_module_names`, top-level names): importing one pyaot lacks
/// is refused at compile time, while any other missing module is the
/// ModuleNotFoundError CPython would raise.
pub fn is_cpython_module(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    CPYTHON_MODULES.binary_search(&top).is_ok()
}

/// CPython 3.11's `sys.stdlib_module_names`, sorted.
const CPYTHON_MODULES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bootsubprocess",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydecimal",
    "_pyio",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_module_has_cpython_names() {
        for m in super::MODULES {
            let name = super::runtime_name(m.name);
            assert!(
                crate::module_names::CPYTHON_NAMES.iter().any(|(n, _)| *n == name),
                "run tools/gen_module_names.py: {name} is missing"
            );
            // A Rust half's own helpers are named `_pyaot_...`.
            for member in m.members().filter(|n| !n.starts_with(super::RUST_HALF)) {
                assert!(super::cpython_has(name, member), "{name}.{member} is not a CPython name");
            }
        }
    }
}
