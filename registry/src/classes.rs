//! The class objects of Python's builtin types and exception classes: one
//! table, read by the compiler (which names are classes, what an alias
//! such as `IOError` stands for) and by the runtime (`type(v)`,
//! `isinstance`, matching an `except` clause walks `base`).
//!
//! Plain data: a class is its name and its base; identity is the static's
//! address, so `std::ptr::eq` compares classes.

/// A class object for a builtin type or exception class.
#[derive(Debug)]
pub struct TypeObj {
    pub name: &'static str,
    pub base: Option<&'static TypeObj>,
}

impl TypeObj {
    /// `issubclass(self, other)`.
    pub fn is_subclass(&'static self, other: &'static TypeObj) -> bool {
        let mut t = Some(self);
        while let Some(c) = t {
            if std::ptr::eq(c, other) {
                return true;
            }
            t = c.base;
        }
        false
    }
}

/// The builtin types a class may derive from (besides `object`, `type`
/// and the exceptions): its instances carry a value of the type, which
/// what the class does not define works on. The compiler refuses deriving
/// from any other builtin type; the runtime builds these.
pub static SUBCLASSABLE: &[&str] = &["int", "str", "float", "list", "dict", "tuple", "set", "frozenset", "bytes"];

/// Of [`SUBCLASSABLE`], the mutable types: their `__new__` makes an empty
/// value and their `__init__` fills it (a subclass's `__init__` that does
/// not call it leaves the value empty).
pub static MUTABLE_BASES: &[&str] = &["list", "dict", "set"];

macro_rules! exc_types {
    ($($id:ident = $name:literal : $base:expr;)*) => {
        $(pub static $id: TypeObj = TypeObj { name: $name, base: $base };)*
        /// Every builtin exception class, for lookup by name.
        pub static ALL: &[&TypeObj] = &[$(&$id),*];
    };
}

exc_types! {
    BASE_EXCEPTION = "BaseException": None;
    SYSTEM_EXIT = "SystemExit": Some(&BASE_EXCEPTION);
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": Some(&BASE_EXCEPTION);
    GENERATOR_EXIT = "GeneratorExit": Some(&BASE_EXCEPTION);
    EXCEPTION = "Exception": Some(&BASE_EXCEPTION);
    STOP_ITERATION = "StopIteration": Some(&EXCEPTION);
    ARITHMETIC_ERROR = "ArithmeticError": Some(&EXCEPTION);
    ZERO_DIVISION_ERROR = "ZeroDivisionError": Some(&ARITHMETIC_ERROR);
    OVERFLOW_ERROR = "OverflowError": Some(&ARITHMETIC_ERROR);
    ASSERTION_ERROR = "AssertionError": Some(&EXCEPTION);
    ATTRIBUTE_ERROR = "AttributeError": Some(&EXCEPTION);
    EOF_ERROR = "EOFError": Some(&EXCEPTION);
    LOOKUP_ERROR = "LookupError": Some(&EXCEPTION);
    INDEX_ERROR = "IndexError": Some(&LOOKUP_ERROR);
    KEY_ERROR = "KeyError": Some(&LOOKUP_ERROR);
    MEMORY_ERROR = "MemoryError": Some(&EXCEPTION);
    NAME_ERROR = "NameError": Some(&EXCEPTION);
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": Some(&NAME_ERROR);
    OS_ERROR = "OSError": Some(&EXCEPTION);
    RUNTIME_ERROR = "RuntimeError": Some(&EXCEPTION);
    IMPORT_ERROR = "ImportError": Some(&EXCEPTION);
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": Some(&IMPORT_ERROR);
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": Some(&RUNTIME_ERROR);
    RECURSION_ERROR = "RecursionError": Some(&RUNTIME_ERROR);
    SYSTEM_ERROR = "SystemError": Some(&EXCEPTION);
    TYPE_ERROR = "TypeError": Some(&EXCEPTION);
    VALUE_ERROR = "ValueError": Some(&EXCEPTION);
    UNICODE_ERROR = "UnicodeError": Some(&VALUE_ERROR);
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": Some(&UNICODE_ERROR);
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": Some(&UNICODE_ERROR);
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": Some(&UNICODE_ERROR);
    FLOATING_POINT_ERROR = "FloatingPointError": Some(&ARITHMETIC_ERROR);
    BUFFER_ERROR = "BufferError": Some(&EXCEPTION);
    REFERENCE_ERROR = "ReferenceError": Some(&EXCEPTION);
    STOP_ASYNC_ITERATION = "StopAsyncIteration": Some(&EXCEPTION);
    SYNTAX_ERROR = "SyntaxError": Some(&EXCEPTION);
    INDENTATION_ERROR = "IndentationError": Some(&SYNTAX_ERROR);
    TAB_ERROR = "TabError": Some(&INDENTATION_ERROR);
    BLOCKING_IO_ERROR = "BlockingIOError": Some(&OS_ERROR);
    CHILD_PROCESS_ERROR = "ChildProcessError": Some(&OS_ERROR);
    CONNECTION_ERROR = "ConnectionError": Some(&OS_ERROR);
    BROKEN_PIPE_ERROR = "BrokenPipeError": Some(&CONNECTION_ERROR);
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": Some(&CONNECTION_ERROR);
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": Some(&CONNECTION_ERROR);
    CONNECTION_RESET_ERROR = "ConnectionResetError": Some(&CONNECTION_ERROR);
    FILE_EXISTS_ERROR = "FileExistsError": Some(&OS_ERROR);
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": Some(&OS_ERROR);
    INTERRUPTED_ERROR = "InterruptedError": Some(&OS_ERROR);
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": Some(&OS_ERROR);
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": Some(&OS_ERROR);
    PERMISSION_ERROR = "PermissionError": Some(&OS_ERROR);
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": Some(&OS_ERROR);
    TIMEOUT_ERROR = "TimeoutError": Some(&OS_ERROR);
    WARNING = "Warning": Some(&EXCEPTION);
    BYTES_WARNING = "BytesWarning": Some(&WARNING);
    DEPRECATION_WARNING = "DeprecationWarning": Some(&WARNING);
    ENCODING_WARNING = "EncodingWarning": Some(&WARNING);
    FUTURE_WARNING = "FutureWarning": Some(&WARNING);
    IMPORT_WARNING = "ImportWarning": Some(&WARNING);
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": Some(&WARNING);
    RESOURCE_WARNING = "ResourceWarning": Some(&WARNING);
    RUNTIME_WARNING = "RuntimeWarning": Some(&WARNING);
    SYNTAX_WARNING = "SyntaxWarning": Some(&WARNING);
    UNICODE_WARNING = "UnicodeWarning": Some(&WARNING);
    USER_WARNING = "UserWarning": Some(&WARNING);
}

/// Names CPython's builtins give to exception classes under another name.
pub const ALIASES: &[(&str, &TypeObj)] = &[("EnvironmentError", &OS_ERROR), ("IOError", &OS_ERROR)];

/// The builtin exception class a builtin name stands for (aliases too).
pub fn lookup(name: &str) -> Option<&'static TypeObj> {
    ALL.iter().copied().find(|t| t.name == name).or_else(|| ALIASES.iter().find(|(a, _)| *a == name).map(|(_, t)| *t))
}

pub static TYPE_OBJECT: TypeObj = TypeObj { name: "object", base: None };
pub static TYPE_INT: TypeObj = TypeObj { name: "int", base: Some(&TYPE_OBJECT) };
pub static TYPE_BOOL: TypeObj = TypeObj { name: "bool", base: Some(&TYPE_INT) };
pub static TYPE_FLOAT: TypeObj = TypeObj { name: "float", base: Some(&TYPE_OBJECT) };
pub static TYPE_STR: TypeObj = TypeObj { name: "str", base: Some(&TYPE_OBJECT) };
pub static TYPE_BYTES: TypeObj = TypeObj { name: "bytes", base: Some(&TYPE_OBJECT) };
pub static TYPE_BYTEARRAY: TypeObj = TypeObj { name: "bytearray", base: Some(&TYPE_OBJECT) };
pub static TYPE_LIST: TypeObj = TypeObj { name: "list", base: Some(&TYPE_OBJECT) };
pub static TYPE_TUPLE: TypeObj = TypeObj { name: "tuple", base: Some(&TYPE_OBJECT) };
pub static TYPE_DICT: TypeObj = TypeObj { name: "dict", base: Some(&TYPE_OBJECT) };
pub static TYPE_SET: TypeObj = TypeObj { name: "set", base: Some(&TYPE_OBJECT) };
pub static TYPE_FROZENSET: TypeObj = TypeObj { name: "frozenset", base: Some(&TYPE_OBJECT) };
pub static TYPE_RANGE: TypeObj = TypeObj { name: "range", base: Some(&TYPE_OBJECT) };
pub static TYPE_SLICE: TypeObj = TypeObj { name: "slice", base: Some(&TYPE_OBJECT) };
pub static TYPE_COMPLEX: TypeObj = TypeObj { name: "complex", base: Some(&TYPE_OBJECT) };
pub static TYPE_TYPE: TypeObj = TypeObj { name: "type", base: Some(&TYPE_OBJECT) };
pub static TYPE_FUNCTION: TypeObj = TypeObj { name: "function", base: Some(&TYPE_OBJECT) };
pub static TYPE_NONE: TypeObj = TypeObj { name: "NoneType", base: Some(&TYPE_OBJECT) };

/// `collections.deque`: named with its module (what its repr shows); its
/// `__name__` and error messages use the last part.
pub static TYPE_DEQUE: TypeObj = TypeObj { name: "collections.deque", base: Some(&TYPE_OBJECT) };

/// The builtin types the `builtins` module binds (`int`, `list`, ...).
pub static TYPES: &[&TypeObj] = &[
    &TYPE_OBJECT,
    &TYPE_INT,
    &TYPE_BOOL,
    &TYPE_FLOAT,
    &TYPE_STR,
    &TYPE_BYTES,
    &TYPE_BYTEARRAY,
    &TYPE_LIST,
    &TYPE_TUPLE,
    &TYPE_DICT,
    &TYPE_SET,
    &TYPE_FROZENSET,
    &TYPE_RANGE,
    &TYPE_SLICE,
    &TYPE_COMPLEX,
    &TYPE_TYPE,
];

/// Builtin types reachable only through `type(v)`.
pub static UNBOUND_TYPES: &[&TypeObj] = &[&TYPE_NONE, &TYPE_FUNCTION];

/// A builtin type by its Python name (`int`, `list`, `NoneType`).
pub fn builtin_type(name: &str) -> Option<&'static TypeObj> {
    TYPES.iter().chain(UNBOUND_TYPES).copied().find(|t| t.name == name)
}

/// The builtin class the name `name` in the `builtins` module stands for:
/// an exception class (aliases too) or a type.
pub fn builtins_class(name: &str) -> Option<&'static TypeObj> {
    lookup(name).or_else(|| TYPES.iter().copied().find(|t| t.name == name))
}
