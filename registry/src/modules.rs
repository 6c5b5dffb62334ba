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
        functions: &["getsizeof", "getrecursionlimit", "setrecursionlimit", "exit"],
        values: &["maxsize", "argv", "platform", "byteorder", "stdin", "stdout", "stderr"],
    },
    Module { name: "copy", functions: &["copy", "deepcopy"], values: &[] },
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
        ],
        values: &[],
    },
    Module {
        name: "bisect",
        functions: &["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"],
        values: &[],
    },
    Module {
        name: "string",
        functions: &[],
        values: &[
            "ascii_letters",
            "ascii_lowercase",
            "ascii_uppercase",
            "digits",
            "hexdigits",
            "octdigits",
            "punctuation",
            "whitespace",
            "printable",
        ],
    },
    Module {
        name: "collections",
        functions: &["namedtuple"],
        values: &["deque", "Counter", "defaultdict", "OrderedDict"],
    },
    Module { name: "weakref", functions: &["getweakrefcount", "getweakrefs"], values: &["ref", "ReferenceType"] },
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
    Module {
        name: "time",
        functions: &[
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
    Module {
        name: "functools",
        functions: &["reduce", "partial", "lru_cache", "cache", "wraps", "cmp_to_key", "total_ordering"],
        values: &[],
    },
    Module {
        name: "dataclasses",
        functions: &["dataclass", "field", "fields", "asdict", "astuple"],
        values: &["FrozenInstanceError"],
    },
    Module { name: "abc", functions: &["abstractmethod"], values: &["ABC"] },
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
        functions: &["TypeVar", "cast", "overload"],
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
        ],
    },
];

/// The module named `name`, if pyaot provides it.
pub fn find(name: &str) -> Option<&'static Module> {
    MODULES.iter().find(|m| m.name == name)
}

/// Whether CPython 3.11's module `module` has a member `name` (see
/// `module_names.rs`, generated from CPython).
pub fn cpython_has(module: &str, name: &str) -> bool {
    crate::module_names::CPYTHON_NAMES.iter().any(|(m, names)| *m == module && names.contains(&name))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_module_has_cpython_names() {
        for m in super::MODULES {
            assert!(
                crate::module_names::CPYTHON_NAMES.iter().any(|(n, _)| *n == m.name),
                "run tools/gen_module_names.py: {} is missing",
                m.name
            );
            for member in m.members() {
                assert!(super::cpython_has(m.name, member), "{}.{member} is not a CPython name", m.name);
            }
        }
    }
}
