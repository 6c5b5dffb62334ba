//! The table of runtime primitives: every operation the IR can ask of the
//! runtime, with how each argument is passed and whether it can raise.
//!
//! Both backends read this one table: the Rust backend calls `rt::<path>`
//! (or spells an infix operator), the Cranelift backend will call the C ABI
//! symbol of the same name. Result types are set by the lowering, which
//! picks the primitive; they must match the runtime function's signature.

/// How an argument is handed to the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Borrowed (`&T`).
    Ref,
    /// Owned (moved, or cloned from a variable).
    Own,
    /// A `Copy` scalar passed by value (also plain integer literals).
    Copy,
    /// `Option<&T>`: an [`super::ExprKind::Absent`] argument is `None`.
    OptRef,
    /// A pack of dynamic values, passed as `&[Value]`.
    Slice,
    /// A pack of dynamic values, passed as `Vec<Value>`.
    Vec,
    /// A string constant passed as `&'static str`.
    Name,
    /// A pack of string constants passed as `&[&str]`.
    Names,
    /// A string constant naming a runtime item, spelled as a path (`ops::BinOp::Add`).
    Path,
    /// A `Boxed` function's code ([`super::ExprKind::FuncRef`]).
    Code,
    /// The function object of the running `Boxed` function (the argument is `Absent`).
    Env,
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
    /// Returns `PyResult<T>`: the error is a Python exception to raise.
    pub raises: bool,
    /// Returns `Option<T>`: `None` makes a speculative function bail.
    pub bails: bool,
}

macro_rules! prims {
    ($($id:ident = $path:literal ($($m:ident),*) $($fail:ident!)?;)*) => {
        $(pub static $id: Prim = Prim {
            name: stringify!($id),
            path: $path,
            shape: Shape::Call,
            args: &[$(Mode::$m),*],
            raises: prims!(@is raises $($fail)?),
            bails: prims!(@is bails $($fail)?),
        };)*
    };
    (@is $want:ident) => { false };
    (@is raises raises) => { true };
    (@is bails bails) => { true };
    (@is $want:ident $other:ident) => { false };
}

macro_rules! native {
    ($($id:ident = $shape:ident($op:literal) $n:literal;)*) => {
        $(pub static $id: Prim = Prim {
            name: stringify!($id),
            path: $op,
            shape: Shape::$shape($op),
            args: if $n == 2 { &[Mode::Copy, Mode::Copy] } else { &[Mode::Copy] },
            raises: false,
            bails: false,
        };)*
    };
}

native! {
    F_ADD = Infix("+") 2;
    F_SUB = Infix("-") 2;
    F_MUL = Infix("*") 2;
    F_EQ = Infix("==") 2;
    F_NE = Infix("!=") 2;
    F_LT = Infix("<") 2;
    F_LE = Infix("<=") 2;
    F_GT = Infix(">") 2;
    F_GE = Infix(">=") 2;
    F_NEG = Prefix("-") 1;
    B_NOT = Prefix("!") 1;
    B_EQ = Infix("==") 2;
    B_NE = Infix("!=") 2;
    B_AND = Infix("&") 2;
    B_OR = Infix("|") 2;
    B_XOR = Infix("^") 2;
    // machine ints (speculative functions only)
    M_EQ = Infix("==") 2;
    M_NE = Infix("!=") 2;
    M_LT = Infix("<") 2;
    M_LE = Infix("<=") 2;
    M_GT = Infix(">") 2;
    M_GE = Infix(">=") 2;
    M_AND = Infix("&") 2;
    M_OR = Infix("|") 2;
    M_XOR = Infix("^") 2;
    M_INVERT = Prefix("!") 1;
}

prims! {
    // machine ints (speculative functions only): `None` bails
    M_ADD = "mint::add"(Copy, Copy) bails!;
    M_SUB = "mint::sub"(Copy, Copy) bails!;
    M_MUL = "mint::mul"(Copy, Copy) bails!;
    M_FLOORDIV = "mint::floordiv"(Copy, Copy) bails!;
    M_MOD = "mint::modulo"(Copy, Copy) bails!;
    M_TRUEDIV = "mint::truediv"(Copy, Copy) bails!;
    M_POW = "mint::pow"(Copy, Copy) bails!;
    M_LSHIFT = "mint::lshift"(Copy, Copy) bails!;
    M_RSHIFT = "mint::rshift"(Copy, Copy) bails!;
    M_NEG = "mint::neg"(Copy) bails!;
    M_ABS = "mint::abs"(Copy) bails!;
    M_FROM_F64 = "mint::from_f64"(Copy) bails!;
    M_TRUTHY = "mint::truthy"(Copy);
    M_TO_F64 = "mint::to_f64"(Copy);
    M_FROM_BOOL = "mint::from_bool"(Copy);
    // int
    I_ADD = "int::add"(Ref, Ref);
    I_SUB = "int::sub"(Ref, Ref);
    I_MUL = "int::mul"(Ref, Ref);
    I_FLOORDIV = "int::floordiv"(Ref, Ref) raises!;
    I_MOD = "int::modulo"(Ref, Ref) raises!;
    I_TRUEDIV = "int::truediv"(Ref, Ref) raises!;
    I_POW = "int::pow_nonneg"(Ref, Ref) raises!;
    I_LSHIFT = "int::lshift"(Ref, Ref) raises!;
    I_RSHIFT = "int::rshift"(Ref, Ref) raises!;
    I_AND = "int::and"(Ref, Ref);
    I_OR = "int::or"(Ref, Ref);
    I_XOR = "int::xor"(Ref, Ref);
    I_NEG = "int::neg"(Ref);
    I_INVERT = "int::invert"(Ref);
    I_ABS = "int::abs"(Ref);
    I_EQ = "int::eq"(Ref, Ref);
    I_NE = "int::ne"(Ref, Ref);
    I_LT = "int::lt"(Ref, Ref);
    I_LE = "int::le"(Ref, Ref);
    I_GT = "int::gt"(Ref, Ref);
    I_GE = "int::ge"(Ref, Ref);
    I_TRUTHY = "int::truthy"(Ref);
    I_TO_F64 = "int::to_f64"(Ref) raises!;
    I_FROM_BOOL = "int::from_bool"(Copy);
    I_FROM_F64 = "int::from_f64"(Copy) raises!;
    // float
    F_TRUEDIV = "float::truediv"(Copy, Copy) raises!;
    F_FLOORDIV = "float::floordiv"(Copy, Copy) raises!;
    F_MOD = "float::modulo"(Copy, Copy) raises!;
    F_POW = "float::pow"(Copy, Copy) raises!;
    F_ABS = "float::abs"(Copy);
    F_TRUTHY = "float::truthy"(Copy);
    F_ROUND = "float::round"(Copy) raises!;
    // str
    S_CONCAT = "str::concat"(Ref, Ref);
    S_REPEAT = "str::repeat"(Ref, Ref) raises!;
    S_LEN = "str::len"(Ref);
    S_GETITEM = "str::getitem"(Ref, Ref) raises!;
    S_CONTAINS = "str::contains"(Ref, Ref);
    S_EQ = "str::eq"(Ref, Ref);
    S_NE = "str::ne"(Ref, Ref);
    S_BUILD = "str::build"(Slice);
    // list
    L_LEN = "list::len"(Ref);
    L_GETITEM = "list::getitem"(Ref, Ref) raises!;
    L_SETITEM = "list::setitem"(Ref, Ref, Own) raises!;
    L_APPEND = "list::append"(Ref, Own);
    L_GET_F64 = "list::get_f64"(Ref, Ref) raises!;
    L_SET_F64 = "list::set_f64"(Ref, Ref, Copy) raises!;
    L_GET_INT = "list::get_int"(Ref, Ref) raises!;
    L_GET_BOOL = "list::get_bool"(Ref, Ref) raises!;
    L_GET_LIST = "list::get_list"(Ref, Ref) raises!;
    L_SET_SCALAR = "list::set_scalar"(Ref, Ref, Own) raises!;
    // tuple
    T_ITEM = "tuple::item"(Ref, Copy);
    T_UNPACK = "tuple::unpack_tuple"(Ref, Copy) raises!;
    T_UNPACK_STAR = "tuple::unpack_star"(Ref, Copy, Copy) raises!;
    T_LEN = "tuple::len"(Ref);
    // dict and set
    D_LEN = "dict::len"(Ref);
    D_GETITEM = "dict::getitem"(Ref, Ref) raises!;
    D_SETITEM = "dict::setitem"(Ref, Own, Own) raises!;
    ST_LEN = "set::len"(Ref);
    R_NEW = "range::new"(Ref, Ref, Ref) raises!;
    R_LEN = "range::len"(Ref) raises!;
    // dynamic values
    V_TRUTHY = "value::truthy_checked"(Ref) raises!;
    V_IS = "value::is"(Ref, Ref);
    V_BINARY = "ops::binary"(Path, Ref, Ref) raises!;
    V_INPLACE = "ops::inplace"(Path, Ref, Ref) raises!;
    V_COMPARE = "ops::compare"(Path, Ref, Ref) raises!;
    V_EQ = "ops::eq"(Ref, Ref) raises!;
    V_NE = "ops::ne"(Ref, Ref) raises!;
    V_CONTAINS = "ops::contains"(Ref, Ref) raises!;
    V_NEG = "ops::neg"(Ref) raises!;
    V_POS = "ops::pos"(Ref) raises!;
    V_INVERT = "ops::invert"(Ref) raises!;
    V_GETITEM = "ops::getitem"(Ref, Ref) raises!;
    V_SETITEM = "ops::setitem"(Ref, Ref, Own) raises!;
    V_DELITEM = "ops::delitem"(Ref, Ref) raises!;
    V_GETSLICE = "ops::slice"(Ref, Ref, Ref, Ref) raises!;
    V_SETSLICE = "ops::set_slice"(Ref, Ref, Ref, Ref, Ref) raises!;
    V_DELSLICE = "ops::del_slice"(Ref, Ref, Ref, Ref) raises!;
    V_LEN = "ops::len"(Ref) raises!;
    V_STR = "repr::to_str_checked"(Ref) raises!;
    V_REPR = "repr::repr_str_checked"(Ref) raises!;
    V_ASCII = "repr::ascii_str_checked"(Ref) raises!;
    V_FORMAT = "fmt::format_to_str"(Ref, Ref) raises!;
    V_TYPE_NAME = "builtins::type_name"(Ref);
    // function values and closures (rt/src/func.rs)
    CELL_NEW = "func::new_cell"();
    CELL_GET = "func::cell_get"(Ref, Name) raises!;
    CELL_GET_LOCAL = "func::cell_get_local"(Ref, Name) raises!;
    CELL_SET = "func::cell_set"(Ref, Own);
    CELL_CLEAR = "func::cell_clear"(Ref);
    ENV_CELL = "func::env_cell"(Env, Copy);
    CALL_VALUE = "func::call"(Ref, Vec, Names) raises!;
    BUILTIN_FUNC = "builtins::function"(Name);
    CALL_EX = "func::call_ex"(Ref, Vec, Name, Names, Vec) raises!;
    // A list ("l"), tuple ("t") or set ("s") display with `*` items (flags: `*` or `.` per item).
    DISPLAY = "display::sequence"(Name, Vec, Name) raises!;
    L_CONST = "display::const_list"(Name);
    T_CONST = "display::const_tuple"(Name);
    // A dict display with `**` items (flags: `*` for a mapping, `.` for a key and its value).
    DISPLAY_DICT = "display::dict"(Vec, Name) raises!;
    CALL_METHOD_EX = "func::call_method_ex"(Ref, Name, Vec, Name, Names, Vec) raises!;
    MAKE_FUNC = "func::make"(Code, Name, Name, Names, Name, Vec, Names, Vec, Vec);
    // classes (rt/src/class.rs)
    CLASS_NEW = "class::class_statement"(Name, Name, Vec, Names, Vec, Names, Vec, Names) raises!;
    INST_GET = "class::get_slot"(Ref, Copy, Name) raises!;
    INST_SET = "class::set_slot"(Ref, Copy, Name, Own) raises!;
    SET_ATTR = "methods::setattr"(Ref, Name, Own) raises!;
    DEL_ATTR = "class::delattr"(Ref, Name) raises!;
    WITH_EXIT = "class::with_exit"(Ref) raises!;
    GEN_YIELD = "gen::yield_"(Own) raises!;
    GEN_YIELD_FROM = "gen::yield_from"(Ref) raises!;
    WITH_ENTER = "class::with_enter"(Ref) raises!;
    WITH_EXIT_EXC = "class::with_exit_exc"(Ref, Ref) raises!;
    WITH_EXIT_NONE = "class::with_exit_none"(Ref) raises!;
    // modules (rt/src/module.rs) and their objects
    IMPORT = "module::import"(Name) raises!;
    NOT_IMPLEMENTED = "native::not_implemented"();
    ELLIPSIS = "native::ellipsis"();
    SUPER = "class::new_super"(Ref, Ref) raises!;
    EXC_MATCHES = "exc::matches_value"(Ref, Ref) raises!;
    EXC_SET_CONTEXT = "exc::set_context"(Ref, Ref);
    // match statements
    MATCH_SEQ = "pattern::is_sequence"(Ref);
    MATCH_MAP = "pattern::is_mapping"(Ref);
    MATCH_REST = "pattern::rest"(Ref, Ref);
    MATCH_ARG_NAME = "pattern::match_arg_name"(Ref, Copy, Copy) raises!;
    MATCH_HAS_ATTR = "pattern::has_attr"(Ref, Ref);
    MATCH_GET_ATTR = "pattern::get_attr"(Ref, Ref) raises!;
    // builtins and methods, dispatched by name on dynamic values
    PRINT = "builtins::print"(Slice, OptRef, OptRef) raises!;
    CALL_BUILTIN = "builtins::call"(Name, Vec, Names) raises!;
    CALL_METHOD = "methods::call"(Ref, Name, Vec, Names) raises!;
    GET_ATTR = "methods::getattr"(Ref, Name) raises!;
    ISINSTANCE = "builtins::isinstance"(Ref, Ref) raises!;
    ASSERT_FAIL = "exc::assertion_error"(Vec);
    NAME_ERROR = "exc::name_error"(Name) raises!;
    RAISE_TYPE_ERROR = "exc::raise_type_error"(Name) raises!;
}
