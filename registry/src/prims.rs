//! The table of runtime primitives: every operation the IR can ask of the
//! runtime, one row each, read by everything that must agree about it.
//!
//! A row gives the primitive's name, the runtime function (a path from the
//! runtime crate's root), how each argument is passed ([`Mode`]) and what it
//! is at run time ([`Rt`]), the result, and whether the call can raise (a
//! `PyResult`) or bail (an `Option`, in speculative code). From this one
//! table:
//! - the compiler's lowering picks primitives and the IR verifier checks
//!   every use against the signature (`compiler/src/ir/verify.rs`);
//! - the Rust backend spells `rt::<path>(args)` and the Cranelift backend
//!   calls the C symbol `pyaot_<NAME>` with the ABI each mode implies;
//! - the runtime's build script generates those C wrappers and the list of
//!   exported symbols (`rt/build.rs`), so a primitive added here exists in
//!   every place at once, or the build says what is missing.
//!
//! Native primitives (`Infix`, `Prefix`) are machine operators on scalars
//! that both backends emit inline; they have no runtime function.

/// How an argument is handed to the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Borrowed (`&T`; `*const T` in the C ABI).
    Ref,
    /// Owned (moved, or cloned from a variable; `*mut T` moved out of, or a scalar).
    Own,
    /// A `Copy` scalar passed by value (also plain integer literals).
    Copy,
    /// `Option<&T>`: an absent argument is `None` (a null pointer).
    OptRef,
    /// A pack of dynamic values, passed as `&[Value]` (pointer and count).
    Slice,
    /// A pack of dynamic values, passed as `Vec<Value>` (moved out of; pointer and count).
    Vec,
    /// A string constant passed as `&'static str` (pointer and length).
    Name,
    /// A pack of string constants passed as `&[&str]` (pointer to (pointer, length) pairs, and count).
    Names,
    /// A string constant naming a runtime item, spelled as a path (`ops::BinOp::Add`).
    Path,
    /// A function value's compiled code.
    Code,
    /// The function object of the running function value (no argument in the IR).
    Env,
}

/// What a value is at run time, in the runtime's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rt {
    /// No value (`()`).
    Unit,
    Bool,
    F64,
    /// A machine int (speculative code).
    I64,
    /// A small non-negative count or index, always a constant.
    Usize,
    Int,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Range,
    Iter,
    /// Any object (`Value`).
    Value,
    /// A closure cell.
    Cell,
    /// A string constant (`Name`, `Names`, `Path` arguments).
    Text,
    /// A function value's code (`Code` arguments).
    Code,
    /// A function object (`Env` arguments).
    Func,
}

impl Rt {
    /// Passed and returned by value in registers (no `out` pointer).
    pub fn is_scalar(self) -> bool {
        matches!(self, Rt::Bool | Rt::F64 | Rt::I64 | Rt::Usize)
    }

    /// The runtime's Rust type, as a path from its crate root.
    pub fn rust_type(self) -> &'static str {
        match self {
            Rt::Unit => "()",
            Rt::Bool => "bool",
            Rt::F64 => "f64",
            Rt::I64 => "i64",
            Rt::Usize => "usize",
            Rt::Int => "int::Int",
            Rt::Str => "str::Str",
            Rt::List => "list::List",
            Rt::Tuple => "tuple::Tuple",
            Rt::Dict => "dict::Dict",
            Rt::Set => "set::Set",
            Rt::Range => "range::Range",
            Rt::Iter => "iter::PyIter",
            Rt::Value => "value::Value",
            Rt::Cell => "func::Cell",
            Rt::Text => "&'static str",
            Rt::Code => "func::Code",
            Rt::Func => "func::FuncObj",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `rt::path(args...)`.
    Call,
    /// A native binary operator on two scalars.
    Infix(&'static str),
    /// A native unary operator on a scalar.
    Prefix(&'static str),
}

#[derive(Debug, PartialEq, Eq)]
pub struct Prim {
    pub name: &'static str,
    pub path: &'static str,
    pub shape: Shape,
    pub args: &'static [Mode],
    /// What each argument is at run time (for packs: each item).
    pub types: &'static [Rt],
    pub ret: Rt,
    /// Returns `PyResult<T>`: the error is a Python exception to raise.
    pub raises: bool,
    /// Returns `Option<T>`: `None` makes a speculative function bail.
    pub bails: bool,
}

macro_rules! prims {
    ($($(#[$doc:meta])* $id:ident = $path:literal ($($m:ident $t:ident),*) -> $ret:ident $($fail:ident)?;)*) => {
        $($(#[$doc])* pub static $id: Prim = Prim {
            name: stringify!($id),
            path: $path,
            shape: Shape::Call,
            args: &[$(Mode::$m),*],
            types: &[$(Rt::$t),*],
            ret: Rt::$ret,
            raises: prims!(@is raises $($fail)?),
            bails: prims!(@is bails $($fail)?),
        };)*
        /// Every primitive with a runtime function, in table order.
        pub static CALLS: &[&Prim] = &[$(&$id),*];
    };
    (@is $want:ident) => { false };
    (@is raises raises) => { true };
    (@is bails bails) => { true };
    (@is $want:ident $other:ident) => { false };
}

macro_rules! native {
    ($($id:ident = $shape:ident($op:literal)($($t:ident),*) -> $ret:ident;)*) => {
        $(pub static $id: Prim = Prim {
            name: stringify!($id),
            path: $op,
            shape: Shape::$shape($op),
            args: &[$(copy_mode!($t)),*],
            types: &[$(Rt::$t),*],
            ret: Rt::$ret,
            raises: false,
            bails: false,
        };)*
    };
}

macro_rules! copy_mode {
    ($t:ident) => {
        Mode::Copy
    };
}

native! {
    F_ADD = Infix("+")(F64, F64) -> F64;
    F_SUB = Infix("-")(F64, F64) -> F64;
    F_MUL = Infix("*")(F64, F64) -> F64;
    F_EQ = Infix("==")(F64, F64) -> Bool;
    F_NE = Infix("!=")(F64, F64) -> Bool;
    F_LT = Infix("<")(F64, F64) -> Bool;
    F_LE = Infix("<=")(F64, F64) -> Bool;
    F_GT = Infix(">")(F64, F64) -> Bool;
    F_GE = Infix(">=")(F64, F64) -> Bool;
    F_NEG = Prefix("-")(F64) -> F64;
    B_NOT = Prefix("!")(Bool) -> Bool;
    B_EQ = Infix("==")(Bool, Bool) -> Bool;
    B_NE = Infix("!=")(Bool, Bool) -> Bool;
    B_AND = Infix("&")(Bool, Bool) -> Bool;
    B_OR = Infix("|")(Bool, Bool) -> Bool;
    B_XOR = Infix("^")(Bool, Bool) -> Bool;
    // machine ints (speculative functions only)
    M_EQ = Infix("==")(I64, I64) -> Bool;
    M_NE = Infix("!=")(I64, I64) -> Bool;
    M_LT = Infix("<")(I64, I64) -> Bool;
    M_LE = Infix("<=")(I64, I64) -> Bool;
    M_GT = Infix(">")(I64, I64) -> Bool;
    M_GE = Infix(">=")(I64, I64) -> Bool;
    M_AND = Infix("&")(I64, I64) -> I64;
    M_OR = Infix("|")(I64, I64) -> I64;
    M_XOR = Infix("^")(I64, I64) -> I64;
    M_INVERT = Prefix("!")(I64) -> I64;
}

prims! {
    // machine ints (speculative functions only): `None` bails
    M_ADD = "mint::add"(Copy I64, Copy I64) -> I64 bails;
    M_SUB = "mint::sub"(Copy I64, Copy I64) -> I64 bails;
    M_MUL = "mint::mul"(Copy I64, Copy I64) -> I64 bails;
    M_FLOORDIV = "mint::floordiv"(Copy I64, Copy I64) -> I64 bails;
    M_MOD = "mint::modulo"(Copy I64, Copy I64) -> I64 bails;
    M_TRUEDIV = "mint::truediv"(Copy I64, Copy I64) -> F64 bails;
    M_POW = "mint::pow"(Copy I64, Copy I64) -> I64 bails;
    M_LSHIFT = "mint::lshift"(Copy I64, Copy I64) -> I64 bails;
    M_RSHIFT = "mint::rshift"(Copy I64, Copy I64) -> I64 bails;
    M_NEG = "mint::neg"(Copy I64) -> I64 bails;
    M_ABS = "mint::abs"(Copy I64) -> I64 bails;
    M_FROM_F64 = "mint::from_f64"(Copy F64) -> I64 bails;
    M_TRUTHY = "mint::truthy"(Copy I64) -> Bool;
    M_TO_F64 = "mint::to_f64"(Copy I64) -> F64;
    M_FROM_BOOL = "mint::from_bool"(Copy Bool) -> I64;
    // int
    I_ADD = "int::add"(Ref Int, Ref Int) -> Int;
    I_SUB = "int::sub"(Ref Int, Ref Int) -> Int;
    I_MUL = "int::mul"(Ref Int, Ref Int) -> Int;
    I_FLOORDIV = "int::floordiv"(Ref Int, Ref Int) -> Int raises;
    I_MOD = "int::modulo"(Ref Int, Ref Int) -> Int raises;
    I_TRUEDIV = "int::truediv"(Ref Int, Ref Int) -> F64 raises;
    I_POW = "int::pow_nonneg"(Ref Int, Ref Int) -> Int raises;
    I_LSHIFT = "int::lshift"(Ref Int, Ref Int) -> Int raises;
    I_RSHIFT = "int::rshift"(Ref Int, Ref Int) -> Int raises;
    I_AND = "int::and"(Ref Int, Ref Int) -> Int;
    I_OR = "int::or"(Ref Int, Ref Int) -> Int;
    I_XOR = "int::xor"(Ref Int, Ref Int) -> Int;
    I_NEG = "int::neg"(Ref Int) -> Int;
    I_INVERT = "int::invert"(Ref Int) -> Int;
    I_ABS = "int::abs"(Ref Int) -> Int;
    I_EQ = "int::eq"(Ref Int, Ref Int) -> Bool;
    I_NE = "int::ne"(Ref Int, Ref Int) -> Bool;
    I_LT = "int::lt"(Ref Int, Ref Int) -> Bool;
    I_LE = "int::le"(Ref Int, Ref Int) -> Bool;
    I_GT = "int::gt"(Ref Int, Ref Int) -> Bool;
    I_GE = "int::ge"(Ref Int, Ref Int) -> Bool;
    I_TRUTHY = "int::truthy"(Ref Int) -> Bool;
    I_TO_F64 = "int::to_f64"(Ref Int) -> F64 raises;
    I_FROM_BOOL = "int::from_bool"(Copy Bool) -> Int;
    I_FROM_F64 = "int::from_f64"(Copy F64) -> Int raises;
    // float
    F_TRUEDIV = "float::truediv"(Copy F64, Copy F64) -> F64 raises;
    F_FLOORDIV = "float::floordiv"(Copy F64, Copy F64) -> F64 raises;
    F_MOD = "float::modulo"(Copy F64, Copy F64) -> F64 raises;
    F_POW = "float::pow"(Copy F64, Copy F64) -> F64 raises;
    F_ABS = "float::abs"(Copy F64) -> F64;
    F_TRUTHY = "float::truthy"(Copy F64) -> Bool;
    F_ROUND = "float::round"(Copy F64) -> Int raises;
    // str
    S_CONCAT = "str::concat"(Ref Str, Ref Str) -> Str;
    S_REPEAT = "str::repeat"(Ref Str, Ref Int) -> Str raises;
    S_LEN = "str::len"(Ref Str) -> Int;
    S_GETITEM = "str::getitem"(Ref Str, Ref Int) -> Str raises;
    S_CONTAINS = "str::contains"(Ref Str, Ref Str) -> Bool;
    S_EQ = "str::eq"(Ref Str, Ref Str) -> Bool;
    S_NE = "str::ne"(Ref Str, Ref Str) -> Bool;
    S_BUILD = "str::build"(Slice Value) -> Str;
    // list
    L_LEN = "list::len"(Ref List) -> Int;
    L_GETITEM = "list::getitem"(Ref List, Ref Int) -> Value raises;
    L_SETITEM = "list::setitem"(Ref List, Ref Int, Own Value) -> Unit raises;
    L_APPEND = "list::append"(Ref List, Own Value) -> Unit;
    L_GET_F64 = "list::get_f64"(Ref List, Ref Int) -> F64 raises;
    L_SET_F64 = "list::set_f64"(Ref List, Ref Int, Copy F64) -> Unit raises;
    L_GET_INT = "list::get_int"(Ref List, Ref Int) -> Int raises;
    L_GET_BOOL = "list::get_bool"(Ref List, Ref Int) -> Bool raises;
    L_GET_LIST = "list::get_list"(Ref List, Ref Int) -> List raises;
    L_SET_SCALAR = "list::set_scalar"(Ref List, Ref Int, Own Value) -> Unit raises;
    // tuple
    T_ITEM = "tuple::item"(Ref Tuple, Copy Usize) -> Value;
    T_UNPACK = "tuple::unpack_tuple"(Ref Value, Copy Usize) -> Tuple raises;
    T_UNPACK_STAR = "tuple::unpack_star"(Ref Value, Copy Usize, Copy Usize) -> Tuple raises;
    T_LEN = "tuple::len"(Ref Tuple) -> Int;
    // dict and set
    D_LEN = "dict::len"(Ref Dict) -> Int;
    D_GETITEM = "dict::getitem"(Ref Dict, Ref Value) -> Value raises;
    D_SETITEM = "dict::setitem"(Ref Dict, Own Value, Own Value) -> Unit raises;
    ST_LEN = "set::len"(Ref Set) -> Int;
    R_NEW = "range::new"(Ref Int, Ref Int, Ref Int) -> Range raises;
    R_LEN = "range::len"(Ref Range) -> Int raises;
    // dynamic values
    V_TRUTHY = "value::truthy_checked"(Ref Value) -> Bool raises;
    V_IS = "value::is"(Ref Value, Ref Value) -> Bool;
    V_BINARY = "ops::binary"(Path Text, Ref Value, Ref Value) -> Value raises;
    V_INPLACE = "ops::inplace"(Path Text, Ref Value, Ref Value) -> Value raises;
    V_COMPARE = "ops::compare"(Path Text, Ref Value, Ref Value) -> Bool raises;
    V_EQ = "ops::eq"(Ref Value, Ref Value) -> Bool raises;
    V_NE = "ops::ne"(Ref Value, Ref Value) -> Bool raises;
    V_CONTAINS = "ops::contains"(Ref Value, Ref Value) -> Bool raises;
    V_NEG = "ops::neg"(Ref Value) -> Value raises;
    V_POS = "ops::pos"(Ref Value) -> Value raises;
    V_INVERT = "ops::invert"(Ref Value) -> Value raises;
    V_GETITEM = "ops::getitem"(Ref Value, Ref Value) -> Value raises;
    V_SETITEM = "ops::setitem"(Ref Value, Ref Value, Own Value) -> Unit raises;
    V_DELITEM = "ops::delitem"(Ref Value, Ref Value) -> Unit raises;
    V_GETSLICE = "ops::slice"(Ref Value, Ref Value, Ref Value, Ref Value) -> Value raises;
    V_SETSLICE = "ops::set_slice"(Ref Value, Ref Value, Ref Value, Ref Value, Ref Value) -> Unit raises;
    V_DELSLICE = "ops::del_slice"(Ref Value, Ref Value, Ref Value, Ref Value) -> Unit raises;
    V_LEN = "ops::len"(Ref Value) -> Int raises;
    V_STR = "repr::to_str_checked"(Ref Value) -> Str raises;
    V_REPR = "repr::repr_str_checked"(Ref Value) -> Str raises;
    V_ASCII = "repr::ascii_str_checked"(Ref Value) -> Str raises;
    V_FORMAT = "fmt::format_to_str"(Ref Value, Ref Str) -> Str raises;
    V_TYPE_NAME = "builtins::type_name"(Ref Value) -> Str;
    // function values and closures (rt/src/func.rs)
    CELL_NEW = "func::new_cell"() -> Cell;
    CELL_GET = "func::cell_get"(Ref Cell, Name Text) -> Value raises;
    CELL_GET_LOCAL = "func::cell_get_local"(Ref Cell, Name Text) -> Value raises;
    CELL_SET = "func::cell_set"(Ref Cell, Own Value) -> Unit;
    CELL_CLEAR = "func::cell_clear"(Ref Cell) -> Unit;
    ENV_CELL = "func::env_cell"(Env Func, Copy Usize) -> Cell;
    CALL_VALUE = "func::call"(Ref Value, Vec Value, Names Text) -> Value raises;
    BUILTIN_FUNC = "builtins::function"(Name Text) -> Value;
    CALL_EX = "func::call_ex"(Ref Value, Vec Value, Name Text, Names Text, Vec Value) -> Value raises;
    // A list ("l"), tuple ("t") or set ("s") display with `*` items (flags: `*` or `.` per item).
    DISPLAY = "display::sequence"(Name Text, Vec Value, Name Text) -> Value raises;
    L_CONST = "display::const_list"(Name Text) -> List;
    T_CONST = "display::const_tuple"(Name Text) -> Tuple;
    // A dict display with `**` items (flags: `*` for a mapping, `.` for a key and its value).
    DISPLAY_DICT = "display::dict"(Vec Value, Name Text) -> Value raises;
    CALL_METHOD_EX = "func::call_method_ex"(Ref Value, Name Text, Vec Value, Name Text, Names Text, Vec Value) -> Value raises;
    MAKE_FUNC = "func::make"(Code Code, Name Text, Name Text, Names Text, Name Text, Vec Value, Names Text, Vec Value, Vec Value) -> Value;
    // classes (rt/src/class.rs)
    CLASS_NEW = "class::class_statement"(Name Text, Name Text, Vec Value, Names Text, Vec Value, Names Text, Vec Value, Names Text) -> Value raises;
    INST_GET = "class::get_slot"(Ref Value, Copy Usize, Name Text) -> Value raises;
    INST_SET = "class::set_slot"(Ref Value, Copy Usize, Name Text, Own Value) -> Unit raises;
    SET_ATTR = "methods::setattr"(Ref Value, Name Text, Own Value) -> Unit raises;
    DEL_ATTR = "class::delattr"(Ref Value, Name Text) -> Unit raises;
    WITH_EXIT = "class::with_exit"(Ref Value) -> Value raises;
    GEN_YIELD = "gen::yield_"(Own Value) -> Value raises;
    GEN_YIELD_FROM = "gen::yield_from"(Ref Value) -> Value raises;
    WITH_ENTER = "class::with_enter"(Ref Value) -> Value raises;
    WITH_EXIT_EXC = "class::with_exit_exc"(Ref Value, Ref Value) -> Bool raises;
    WITH_EXIT_NONE = "class::with_exit_none"(Ref Value) -> Unit raises;
    // modules (rt/src/module.rs) and their objects
    IMPORT = "module::import"(Name Text) -> Value raises;
    NOT_IMPLEMENTED = "native::not_implemented"() -> Value;
    ELLIPSIS = "native::ellipsis"() -> Value;
    SUPER = "class::new_super"(Ref Value, Ref Value) -> Value raises;
    EXC_MATCHES = "exc::matches_value"(Ref Value, Ref Value) -> Bool raises;
    EXC_SET_CONTEXT = "exc::set_context"(Ref Value, Ref Value) -> Unit;
    // match statements
    MATCH_SEQ = "pattern::is_sequence"(Ref Value) -> Bool;
    MATCH_MAP = "pattern::is_mapping"(Ref Value) -> Bool;
    MATCH_REST = "pattern::rest"(Ref Value, Ref Value) -> Value;
    MATCH_ARG_NAME = "pattern::match_arg_name"(Ref Value, Copy Usize, Copy Usize) -> Value raises;
    MATCH_HAS_ATTR = "pattern::has_attr"(Ref Value, Ref Value) -> Bool;
    MATCH_GET_ATTR = "pattern::get_attr"(Ref Value, Ref Value) -> Value raises;
    // builtins and methods, dispatched by name on dynamic values
    PRINT = "builtins::print"(Slice Value, OptRef Str, OptRef Str) -> Unit raises;
    CALL_BUILTIN = "builtins::call"(Name Text, Vec Value, Names Text) -> Value raises;
    CALL_METHOD = "methods::call"(Ref Value, Name Text, Vec Value, Names Text) -> Value raises;
    GET_ATTR = "methods::getattr"(Ref Value, Name Text) -> Value raises;
    ISINSTANCE = "builtins::isinstance"(Ref Value, Ref Value) -> Bool raises;
    ASSERT_FAIL = "exc::assertion_error"(Vec Value) -> Value;
    NAME_ERROR = "exc::name_error"(Name Text) -> Value raises;
    RAISE_TYPE_ERROR = "exc::raise_type_error"(Name Text) -> Value raises;
}
