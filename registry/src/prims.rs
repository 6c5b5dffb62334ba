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
//!   calls the C symbol `pyaot_<NAME>` with the ABI each mode implies, or
//!   emits the operation inline where the row is marked `inline` (all of
//!   it) or `guarded` (its common case, falling back to the call);
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
    /// This operation's own cache, kept by the runtime between its runs
    /// (no argument in the IR): a `&'static` of the argument's type in
    /// Rust, a pointer to zeroed writable words in the C ABI.
    Site,
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
    /// An attribute access's inline cache (`Site` arguments).
    SlotCache,
}

impl Rt {
    /// Passed and returned by value in registers (no `out` pointer).
    pub fn is_scalar(self) -> bool {
        matches!(self, Rt::Bool | Rt::F64 | Rt::I64 | Rt::Usize)
    }

    /// For an object type compiled code keeps in a 16-byte slot: its name
    /// in the C ABI's helpers (`pyaot_clone_<name>`, `pyaot_drop_<name>`,
    /// `pyaot_box_<name>`, and `pyaot_unbox_<name>` where it has
    /// [`Rt::unbox_method`]), which the runtime's build script generates
    /// for the [`Rt::OBJECTS`] and the Cranelift backend calls.
    pub fn abi_name(self) -> Option<&'static str> {
        Some(match self {
            Rt::Int => "int",
            Rt::Str => "str",
            Rt::List => "list",
            Rt::Tuple => "tuple",
            Rt::Dict => "dict",
            Rt::Set => "set",
            Rt::Range => "range",
            Rt::Iter => "iter",
            Rt::Cell => "cell",
            Rt::Value => "value",
            _ => return None,
        })
    }

    /// The object types whose four helpers are generated (a cell's and a
    /// dynamic value's are written by hand: a cell is never unboxed, a
    /// value never boxed).
    pub const OBJECTS: [Rt; 8] = [Rt::Int, Rt::Str, Rt::List, Rt::Tuple, Rt::Dict, Rt::Set, Rt::Range, Rt::Iter];

    /// The `Value` method that converts a dynamic value to this type
    /// (raising TypeError), for the generated `pyaot_unbox_<name>`.
    pub fn unbox_method(self) -> Option<&'static str> {
        Rt::OBJECTS.contains(&self).then(|| match self {
            Rt::Iter => "to_iter",
            _ => match self.abi_name() {
                Some("int") => "to_int",
                Some("str") => "to_str",
                Some("list") => "to_list",
                Some("tuple") => "to_tuple",
                Some("dict") => "to_dict",
                Some("set") => "to_set",
                _ => "to_range",
            },
        })
    }

    /// Whether a slot of this type is a single `Rc` pointer (`Int` and
    /// `Value` are two-word enums), whose strong count is the first word of
    /// the allocation it points to; such a slot may also be null (never
    /// filled) and is then skipped by its drop helper.
    pub fn is_handle(self) -> bool {
        self.abi_name().is_some() && !matches!(self, Rt::Int | Rt::Value)
    }

    /// The runtime's Rust type, as a path from its crate root.
    pub fn rust_type(self) -> &'static str {
        match self {
            Rt::Unit => "()",
            Rt::Bool => "bool",
            Rt::F64 => "f64",
            Rt::I64 => "i64",
            Rt::Usize => "usize",
            Rt::Int => "types::int::Int",
            Rt::Str => "types::str::Str",
            Rt::List => "types::list::List",
            Rt::Tuple => "types::tuple::Tuple",
            Rt::Dict => "types::dict::Dict",
            Rt::Set => "types::set::Set",
            Rt::Range => "types::range::Range",
            Rt::Iter => "types::iter::PyIter",
            Rt::Value => "object::value::Value",
            Rt::Cell => "types::func::Cell",
            Rt::Text => "&'static str",
            Rt::Code => "types::func::Code",
            Rt::Func => "types::func::FuncObj",
            Rt::SlotCache => "types::class::SlotCache",
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

/// How the Cranelift backend may emit a primitive without calling it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Always a call of the runtime wrapper.
    Call,
    /// Entirely in machine code (the same operation as the runtime
    /// function's definition): marked `inline` in the table.
    Machine,
    /// Its common case in machine code, guarded by tests that fall back to
    /// the call (small ints, typed list elements): marked `guarded`.
    Guarded,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Prim {
    pub id: PrimId,
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
    pub inline: Inline,
}

/// Defines the table: the [`PrimId`] enum, one static [`Prim`] per row,
/// and [`CALLS`], the rows with a runtime function.
macro_rules! table {
    (
        native { $($nid:ident = $shape:ident($op:literal)($($nt:ident),*) -> $nret:ident;)* }
        calls { $($id:ident = $path:literal ($($m:ident $t:ident),*) -> $ret:ident $($flag:ident)*;)* }
    ) => {
        /// Every primitive's identity, for matching on in backends (a
        /// misspelt primitive is a compile error, not a missed case).
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum PrimId {
            $($nid,)*
            $($id,)*
        }
        $(pub static $nid: Prim = Prim {
            id: PrimId::$nid,
            name: stringify!($nid),
            path: $op,
            shape: Shape::$shape($op),
            args: &[$(table!(@copy $nt)),*],
            types: &[$(Rt::$nt),*],
            ret: Rt::$nret,
            raises: false,
            bails: false,
            inline: Inline::Machine,
        };)*
        $(pub static $id: Prim = Prim {
            id: PrimId::$id,
            name: stringify!($id),
            path: $path,
            shape: Shape::Call,
            args: &[$(Mode::$m),*],
            types: &[$(Rt::$t),*],
            ret: Rt::$ret,
            raises: table!(@has raises $($flag)*),
            bails: table!(@has bails $($flag)*),
            inline: if table!(@has inline $($flag)*) {
                Inline::Machine
            } else if table!(@has guarded $($flag)*) {
                Inline::Guarded
            } else {
                Inline::Call
            },
        };)*
        /// Every primitive with a runtime function, in table order.
        pub static CALLS: &[&Prim] = &[$(&$id),*];
    };
    (@copy $t:ident) => { Mode::Copy };
    (@has $want:ident) => { false };
    (@has raises raises $($rest:ident)*) => { true };
    (@has bails bails $($rest:ident)*) => { true };
    (@has inline inline $($rest:ident)*) => { true };
    (@has guarded guarded $($rest:ident)*) => { true };
    (@has $want:ident $other:ident $($rest:ident)*) => { table!(@has $want $($rest)*) };
}

table! {
    native {
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

    calls {
        // machine ints (speculative functions only): `None` bails
        M_ADD = "types::mint::add"(Copy I64, Copy I64) -> I64 bails inline;
        M_SUB = "types::mint::sub"(Copy I64, Copy I64) -> I64 bails inline;
        M_MUL = "types::mint::mul"(Copy I64, Copy I64) -> I64 bails inline;
        M_FLOORDIV = "types::mint::floordiv"(Copy I64, Copy I64) -> I64 bails;
        M_MOD = "types::mint::modulo"(Copy I64, Copy I64) -> I64 bails;
        M_TRUEDIV = "types::mint::truediv"(Copy I64, Copy I64) -> F64 bails;
        M_POW = "types::mint::pow"(Copy I64, Copy I64) -> I64 bails;
        M_LSHIFT = "types::mint::lshift"(Copy I64, Copy I64) -> I64 bails;
        M_RSHIFT = "types::mint::rshift"(Copy I64, Copy I64) -> I64 bails;
        M_NEG = "types::mint::neg"(Copy I64) -> I64 bails inline;
        M_ABS = "types::mint::abs"(Copy I64) -> I64 bails;
        M_FROM_F64 = "types::mint::from_f64"(Copy F64) -> I64 bails;
        M_TRUTHY = "types::mint::truthy"(Copy I64) -> Bool inline;
        M_TO_F64 = "types::mint::to_f64"(Copy I64) -> F64 inline;
        M_FROM_BOOL = "types::mint::from_bool"(Copy Bool) -> I64 inline;
        // int
        I_ADD = "types::int::add"(Ref Int, Ref Int) -> Int guarded;
        I_SUB = "types::int::sub"(Ref Int, Ref Int) -> Int guarded;
        I_MUL = "types::int::mul"(Ref Int, Ref Int) -> Int guarded;
        I_FLOORDIV = "types::int::floordiv"(Ref Int, Ref Int) -> Int raises;
        I_MOD = "types::int::modulo"(Ref Int, Ref Int) -> Int raises;
        I_TRUEDIV = "types::int::truediv"(Ref Int, Ref Int) -> F64 raises;
        I_POW = "types::int::pow_nonneg"(Ref Int, Ref Int) -> Int raises;
        I_LSHIFT = "types::int::lshift"(Ref Int, Ref Int) -> Int raises;
        I_RSHIFT = "types::int::rshift"(Ref Int, Ref Int) -> Int raises;
        I_AND = "types::int::and"(Ref Int, Ref Int) -> Int;
        I_OR = "types::int::or"(Ref Int, Ref Int) -> Int;
        I_XOR = "types::int::xor"(Ref Int, Ref Int) -> Int;
        I_NEG = "types::int::neg"(Ref Int) -> Int;
        I_INVERT = "types::int::invert"(Ref Int) -> Int;
        I_ABS = "types::int::abs"(Ref Int) -> Int;
        I_EQ = "types::int::eq"(Ref Int, Ref Int) -> Bool guarded;
        I_NE = "types::int::ne"(Ref Int, Ref Int) -> Bool guarded;
        I_LT = "types::int::lt"(Ref Int, Ref Int) -> Bool guarded;
        I_LE = "types::int::le"(Ref Int, Ref Int) -> Bool guarded;
        I_GT = "types::int::gt"(Ref Int, Ref Int) -> Bool guarded;
        I_GE = "types::int::ge"(Ref Int, Ref Int) -> Bool guarded;
        I_TRUTHY = "types::int::truthy"(Ref Int) -> Bool guarded;
        I_TO_F64 = "types::int::to_f64"(Ref Int) -> F64 raises;
        I_FROM_BOOL = "types::int::from_bool"(Copy Bool) -> Int;
        I_FROM_F64 = "types::int::from_f64"(Copy F64) -> Int raises;
        // float
        F_TRUEDIV = "types::float::truediv"(Copy F64, Copy F64) -> F64 raises guarded;
        F_FLOORDIV = "types::float::floordiv"(Copy F64, Copy F64) -> F64 raises;
        F_MOD = "types::float::modulo"(Copy F64, Copy F64) -> F64 raises;
        F_POW = "types::float::pow"(Copy F64, Copy F64) -> F64 raises guarded;
        F_ABS = "types::float::abs"(Copy F64) -> F64 inline;
        F_TRUTHY = "types::float::truthy"(Copy F64) -> Bool inline;
        F_ROUND = "types::float::round"(Copy F64) -> Int raises;
        // math, on floats (`math.sqrt(x)`; see `MODULE_FUNCTIONS`)
        MATH_SQRT = "stdlib::math::sqrt"(Copy F64) -> F64 raises;
        MATH_EXP = "stdlib::math::exp"(Copy F64) -> F64 raises;
        MATH_SIN = "stdlib::math::sin"(Copy F64) -> F64 raises;
        MATH_COS = "stdlib::math::cos"(Copy F64) -> F64 raises;
        MATH_TAN = "stdlib::math::tan"(Copy F64) -> F64 raises;
        MATH_ASIN = "stdlib::math::asin"(Copy F64) -> F64 raises;
        MATH_ACOS = "stdlib::math::acos"(Copy F64) -> F64 raises;
        MATH_ATAN = "stdlib::math::atan"(Copy F64) -> F64 raises;
        MATH_SINH = "stdlib::math::sinh"(Copy F64) -> F64 raises;
        MATH_COSH = "stdlib::math::cosh"(Copy F64) -> F64 raises;
        MATH_TANH = "stdlib::math::tanh"(Copy F64) -> F64 raises;
        MATH_FABS = "stdlib::math::fabs"(Copy F64) -> F64 raises;
        MATH_DEGREES = "stdlib::math::degrees"(Copy F64) -> F64 raises;
        MATH_RADIANS = "stdlib::math::radians"(Copy F64) -> F64 raises;
        MATH_LOG = "stdlib::math::log"(Copy F64) -> F64 raises;
        MATH_LOG2 = "stdlib::math::log2"(Copy F64) -> F64 raises;
        MATH_LOG10 = "stdlib::math::log10"(Copy F64) -> F64 raises;
        MATH_POW = "stdlib::math::pow"(Copy F64, Copy F64) -> F64 raises;
        MATH_ATAN2 = "stdlib::math::atan2"(Copy F64, Copy F64) -> F64 raises;
        MATH_COPYSIGN = "stdlib::math::copysign"(Copy F64, Copy F64) -> F64 raises;
        MATH_FMOD = "stdlib::math::fmod"(Copy F64, Copy F64) -> F64 raises;
        MATH_HYPOT = "stdlib::math::hypot"(Copy F64, Copy F64) -> F64 raises;
        MATH_FLOOR = "stdlib::math::floor"(Copy F64) -> Int raises;
        MATH_CEIL = "stdlib::math::ceil"(Copy F64) -> Int raises;
        MATH_TRUNC = "stdlib::math::trunc"(Copy F64) -> Int raises;
        // str
        S_CONCAT = "types::str::concat"(Ref Str, Ref Str) -> Str;
        S_IADD = "types::str::iadd"(Own Str, Ref Str) -> Str;
        S_REPEAT = "types::str::repeat"(Ref Str, Ref Int) -> Str raises;
        S_LEN = "types::str::len"(Ref Str) -> Int;
        S_GETITEM = "types::str::getitem"(Ref Str, Ref Int) -> Str raises;
        S_CONTAINS = "types::str::contains"(Ref Str, Ref Str) -> Bool;
        S_SPLIT_WS = "types::str::split_ws"(Ref Str) -> List;
        S_EQ = "types::str::eq"(Ref Str, Ref Str) -> Bool;
        S_NE = "types::str::ne"(Ref Str, Ref Str) -> Bool;
        S_BUILD = "types::str::build"(Slice Value) -> Str;
        // list
        L_LEN = "types::list::len"(Ref List) -> Int;
        L_GETITEM = "types::list::getitem"(Ref List, Ref Int) -> Value raises;
        L_SETITEM = "types::list::setitem"(Ref List, Ref Int, Own Value) -> Unit raises;
        L_APPEND = "types::list::append"(Ref List, Own Value) -> Unit;
        L_POP_LAST = "types::list::pop_last"(Ref List) -> Value raises;
        L_GET_F64 = "types::list::get_f64"(Ref List, Ref Int) -> F64 raises guarded;
        L_SET_F64 = "types::list::set_f64"(Ref List, Ref Int, Copy F64) -> Unit raises guarded;
        L_GET_INT = "types::list::get_int"(Ref List, Ref Int) -> Int raises guarded;
        L_GET_BOOL = "types::list::get_bool"(Ref List, Ref Int) -> Bool raises guarded;
        L_GET_LIST = "types::list::get_list"(Ref List, Ref Int) -> List raises guarded;
        L_SET_SCALAR = "types::list::set_scalar"(Ref List, Ref Int, Own Value) -> Unit raises guarded;
        // tuple
        T_ITEM = "types::tuple::item"(Ref Tuple, Copy Usize) -> Value;
        T_UNPACK = "types::tuple::unpack_tuple"(Ref Value, Copy Usize) -> Tuple raises;
        T_UNPACK_STAR = "types::tuple::unpack_star"(Ref Value, Copy Usize, Copy Usize) -> Tuple raises;
        T_LEN = "types::tuple::len"(Ref Tuple) -> Int;
        // dict and set
        D_LEN = "types::dict::len"(Ref Dict) -> Int;
        D_GETITEM = "types::dict::getitem"(Ref Dict, Ref Value) -> Value raises;
        D_SETITEM = "types::dict::setitem"(Ref Dict, Own Value, Own Value) -> Unit raises;
        D_GET = "types::dict::get_none"(Ref Dict, Ref Value) -> Value raises;
        D_GET_OR = "types::dict::get_or"(Ref Dict, Ref Value, Ref Value) -> Value raises;
        ST_LEN = "types::set::len"(Ref Set) -> Int;
        ST_ADD = "types::set::add"(Ref Set, Own Value) -> Unit raises;
        ST_DISCARD = "types::set::discard"(Ref Set, Ref Value) -> Unit raises;
        ST_REMOVE = "types::set::remove"(Ref Set, Ref Value) -> Unit raises;
        ST_CONTAINS = "types::set::contains"(Ref Set, Ref Value) -> Bool raises;
        R_NEW = "types::range::new"(Ref Int, Ref Int, Ref Int) -> Range raises;
        R_LEN = "types::range::len"(Ref Range) -> Int raises;
        // dynamic values
        V_TRUTHY = "object::value::truthy_checked"(Ref Value) -> Bool raises;
        V_IS = "object::value::is"(Ref Value, Ref Value) -> Bool;
        V_BINARY = "ops::binary"(Path Text, Ref Value, Ref Value) -> Value raises;
        V_INPLACE = "ops::inplace"(Path Text, Ref Value, Ref Value) -> Value raises;
        V_COMPARE = "ops::compare"(Path Text, Ref Value, Ref Value) -> Bool raises;
        // A comparison whose user method may return any object: that object.
        V_EQ_VALUE = "ops::eq_value"(Ref Value, Ref Value) -> Value raises;
        V_NE_VALUE = "ops::ne_value"(Ref Value, Ref Value) -> Value raises;
        V_COMPARE_VALUE = "ops::compare_value"(Path Text, Ref Value, Ref Value) -> Value raises;
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
        V_NEXT = "builtins::next1"(Ref Value) -> Value raises;
        V_NEXT_DEFAULT = "builtins::next2"(Ref Value, Ref Value) -> Value raises;
        V_STR = "ops::repr::to_str_checked"(Ref Value) -> Str raises;
        V_REPR = "ops::repr::repr_str_checked"(Ref Value) -> Str raises;
        V_ASCII = "ops::repr::ascii_str_checked"(Ref Value) -> Str raises;
        V_FORMAT = "ops::fmt::format_to_str"(Ref Value, Ref Str) -> Str raises;
        V_TYPE_NAME = "builtins::type_name"(Ref Value) -> Str;
        // function values and closures (rt/src/types/func.rs)
        CELL_NEW = "types::func::new_cell"() -> Cell;
        CELL_GET = "types::func::cell_get"(Ref Cell, Name Text) -> Value raises;
        CELL_GET_LOCAL = "types::func::cell_get_local"(Ref Cell, Name Text) -> Value raises;
        CELL_SET = "types::func::cell_set"(Ref Cell, Own Value) -> Unit;
        CELL_CLEAR = "types::func::cell_clear"(Ref Cell) -> Unit;
        // `locals()` (rt/src/types/func.rs): a variable's entry refreshed.
        NS_SYNC_CELL = "types::func::sync_cell"(Ref Dict, Name Text, Ref Cell) -> Unit raises;
        NS_DISCARD = "types::func::discard_name"(Ref Dict, Name Text) -> Unit raises;
        ENV_CELL = "types::func::env_cell"(Env Func, Copy Usize) -> Cell;
        CALL_VALUE = "types::func::call"(Ref Value, Vec Value, Names Text) -> Value raises;
        BUILTIN_FUNC = "builtins::function"(Name Text) -> Value;
        CALL_EX = "types::func::call_ex"(Ref Value, Vec Value, Name Text, Names Text, Vec Value) -> Value raises;
        // A list ("l"), tuple ("t") or set ("s") display with `*` items (flags: `*` or `.` per item).
        DISPLAY = "ops::display::sequence"(Name Text, Vec Value, Name Text) -> Value raises;
        L_CONST = "ops::display::const_list"(Name Text) -> List;
        T_CONST = "ops::display::const_tuple"(Name Text) -> Tuple;
        // A dict display with `**` items (flags: `*` for a mapping, `.` for a key and its value).
        DISPLAY_DICT = "ops::display::dict"(Vec Value, Name Text) -> Value raises;
        CALL_METHOD_EX = "types::func::call_method_ex"(Ref Value, Name Text, Vec Value, Name Text, Names Text, Vec Value) -> Value raises;
        MAKE_FUNC = "types::func::make"(Code Code, Name Text, Name Text, Names Text, Name Text, Vec Value, Names Text, Vec Value, Vec Value, Name Text) -> Value;
        FUNC_ANNOTATE = "types::func::annotate"(Own Value, Names Text, Vec Value) -> Value raises;
        // classes (rt/src/types/class.rs)
        // The last argument is the class's tag: its number among the compiler's tracked classes (`hir/classes.rs`), or u32::MAX.
        CLASS_NEW = "types::class::class_statement"(Name Text, Vec Value, Ref Value, Names Text, Vec Value, Names Text, Copy Usize) -> Value raises;
        CLASS_NS_DEL = "types::class::ns_del"(Ref Value, Name Text) -> Unit raises;
        INST_GET = "types::class::get_slot"(Ref Value, Site SlotCache, Name Text) -> Value raises;
        INST_SET = "types::class::set_slot"(Ref Value, Site SlotCache, Name Text, Own Value) -> Unit raises;
        SET_ATTR = "ops::methods::setattr"(Ref Value, Name Text, Own Value) -> Unit raises;
        // instances of tracked classes (compiler/src/lower/instance.rs)
        INST_NEW = "types::class::new_instance"(Ref Value) -> Value raises;
        INIT_RESULT = "types::class::check_init_result"(Own Value) -> Unit raises;
        INST_NOT_NONE = "types::class::not_none"(Ref Value, Name Text) -> Value raises;
        // Whether an instance's class is the tracked class with this tag.
        INST_HAS_TAG = "types::class::has_tag"(Ref Value, Copy Usize) -> Bool;
        // `obj.name` at position k of an instance of a tracked class (whose subclasses keep k).
        INST_GET_AT = "types::class::get_at"(Ref Value, Copy Usize, Name Text) -> Value raises;
        INST_GET_F64_AT = "types::class::get_f64_at"(Ref Value, Copy Usize, Name Text) -> F64 raises;
        INST_SET_AT = "types::class::set_at"(Ref Value, Copy Usize, Name Text, Own Value) -> Unit raises;
        INST_SET_F64_AT = "types::class::set_f64_at"(Ref Value, Copy Usize, Name Text, Copy F64) -> Unit raises;
        DEL_ATTR = "types::class::delattr"(Ref Value, Name Text) -> Unit raises;
        WITH_EXIT = "types::class::with_exit"(Ref Value) -> Value raises;
        GEN_YIELD = "types::gen::yield_"(Own Value) -> Value raises;
        GEN_YIELD_FROM = "types::gen::yield_from"(Ref Value) -> Value raises;
        WITH_ENTER = "types::class::with_enter"(Ref Value) -> Value raises;
        WITH_EXIT_EXC = "types::class::with_exit_exc"(Ref Value, Ref Value) -> Bool raises;
        WITH_EXIT_NONE = "types::class::with_exit_none"(Ref Value) -> Unit raises;
        // modules (rt/src/stdlib/mod.rs) and their objects
        IMPORT = "stdlib::import"(Name Text) -> Value raises;
        NOT_IMPLEMENTED = "types::native::not_implemented"() -> Value;
        ELLIPSIS = "types::native::ellipsis"() -> Value;
        SUPER = "types::class::new_super"(Ref Value, Ref Value) -> Value raises;
        EXC_MATCHES = "types::exception::matches_value"(Ref Value, Ref Value) -> Bool raises;
        EXC_SET_CONTEXT = "object::exc::set_context"(Ref Value, Ref Value) -> Unit;
        // The exception an `except` body handles, for `sys.exc_info()`.
        EXC_HANDLING_PUSH = "object::exc::handling_push"(Ref Value) -> Unit;
        EXC_HANDLING_POP = "object::exc::handling_pop"() -> Unit;
        // match statements
        MATCH_SEQ = "ops::pattern::is_sequence"(Ref Value) -> Bool;
        MATCH_MAP = "ops::pattern::is_mapping"(Ref Value) -> Bool;
        MATCH_REST = "ops::pattern::rest"(Ref Value, Ref Value) -> Value;
        MATCH_CLASS = "builtins::pattern_isinstance"(Ref Value, Ref Value) -> Bool raises;
        MATCH_ARG_NAME = "ops::pattern::match_arg_name"(Ref Value, Copy Usize, Copy Usize) -> Value raises;
        MATCH_HAS_ATTR = "ops::pattern::has_attr"(Ref Value, Ref Value) -> Bool;
        MATCH_GET_ATTR = "ops::pattern::get_attr"(Ref Value, Ref Value) -> Value raises;
        // builtins and methods, dispatched by name on dynamic values
        PRINT = "builtins::print"(Slice Value, OptRef Str, OptRef Str) -> Unit raises;
        CALL_BUILTIN = "builtins::call"(Name Text, Vec Value, Names Text) -> Value raises;
        // A module's function by its qualified name (`math.sqrt`), when the module is known.
        CALL_MODULE_FUNCTION = "stdlib::call"(Name Text, Vec Value, Names Text) -> Value raises;
        CALL_METHOD = "ops::methods::call_at"(Ref Value, Site SlotCache, Name Text, Vec Value, Names Text) -> Value raises;
        GET_ATTR = "ops::methods::getattr"(Ref Value, Name Text) -> Value raises;
        ISINSTANCE = "builtins::isinstance"(Ref Value, Ref Value) -> Bool raises;
        ASSERT_FAIL = "types::exception::assertion_error"(Vec Value) -> Value;
        NAME_ERROR = "types::exception::name_error"(Name Text) -> Value raises;
        // where a logging call is made (rt/src/object/program.rs; compiler/src/lower/call.rs)
        CALLER_MARK = "object::program::mark_caller"(Own Value, Ref Value, Name Text) -> Value;
        // the program's own modules (rt/src/types/module.rs; compiler/src/lower/imports.rs)
        MOD_BEGIN = "types::module::begin"(Name Text, Name Text, Name Text, Names Text, Own Value, Own Value) -> Bool raises;
        MOD_DONE = "types::module::done"(Name Text) -> Unit raises;
        MOD_FAILED = "types::module::failed"(Name Text) -> Unit;
        MOD_GET = "types::module::get"(Name Text) -> Value raises;
        MOD_CANNOT_IMPORT = "types::module::cannot_import"(Name Text, Name Text, Name Text) -> Value raises;
        MOD_NOT_FOUND = "types::module::not_found"(Name Text) -> Value raises;
        // `dis.dis` listings: qualified names and texts (compiler/src/opt/dis.rs).
        DIS_REGISTER = "stdlib::dis::register"(Names Text, Names Text) -> Unit;
        // The program's importer by name (`importlib.import_module`): a function value.
        MOD_SET_IMPORTER = "types::module::set_importer"(Own Value) -> Unit;
        MOD_IMPORT_OTHER = "types::module::import_other"(Ref Str) -> Value raises;
        MOD_DIR = "types::module::dir"(Ref Value) -> Value raises;
        MOD_NO_ATTR = "types::module::no_attr"(Name Text, Name Text) -> Value raises;
        MOD_FROM = "types::module::from_import"(Ref Value, Name Text, Name Text, Name Text) -> Value raises;
        MOD_BAD_RELATIVE = "types::module::bad_relative"(Name Text) -> Value raises;
        RAISE_TYPE_ERROR = "types::exception::raise_type_error"(Name Text) -> Value raises;
        // A path the compiler proved unreachable was reached: a pyaot bug, ending the program as a SystemError.
        UNREACHABLE = "types::exception::unreachable"(Name Text) -> Value raises;
    }
}

/// A module function compiled code calls directly when its arguments are
/// floats: `math.sqrt(x)` is the primitive, not a call through the module
/// object. Anything else calls the module's function dynamically
/// (`rt/src/stdlib/<module>.rs`), which runs the same code.
pub struct ModuleFunction {
    pub module: &'static str,
    pub name: &'static str,
    pub prim: &'static Prim,
    /// Whether an int argument may be converted to a float first (what the
    /// function itself does with one); false where an int has its own
    /// meaning (`log` of a big int, `floor` of an int is the int).
    pub ints: bool,
}

pub static MODULE_FUNCTIONS: &[ModuleFunction] = &[
    ModuleFunction { module: "math", name: "sqrt", prim: &MATH_SQRT, ints: true },
    ModuleFunction { module: "math", name: "exp", prim: &MATH_EXP, ints: true },
    ModuleFunction { module: "math", name: "sin", prim: &MATH_SIN, ints: true },
    ModuleFunction { module: "math", name: "cos", prim: &MATH_COS, ints: true },
    ModuleFunction { module: "math", name: "tan", prim: &MATH_TAN, ints: true },
    ModuleFunction { module: "math", name: "asin", prim: &MATH_ASIN, ints: true },
    ModuleFunction { module: "math", name: "acos", prim: &MATH_ACOS, ints: true },
    ModuleFunction { module: "math", name: "atan", prim: &MATH_ATAN, ints: true },
    ModuleFunction { module: "math", name: "sinh", prim: &MATH_SINH, ints: true },
    ModuleFunction { module: "math", name: "cosh", prim: &MATH_COSH, ints: true },
    ModuleFunction { module: "math", name: "tanh", prim: &MATH_TANH, ints: true },
    ModuleFunction { module: "math", name: "fabs", prim: &MATH_FABS, ints: true },
    ModuleFunction { module: "math", name: "degrees", prim: &MATH_DEGREES, ints: true },
    ModuleFunction { module: "math", name: "radians", prim: &MATH_RADIANS, ints: true },
    ModuleFunction { module: "math", name: "log", prim: &MATH_LOG, ints: false },
    ModuleFunction { module: "math", name: "log2", prim: &MATH_LOG2, ints: false },
    ModuleFunction { module: "math", name: "log10", prim: &MATH_LOG10, ints: false },
    ModuleFunction { module: "math", name: "pow", prim: &MATH_POW, ints: true },
    ModuleFunction { module: "math", name: "atan2", prim: &MATH_ATAN2, ints: true },
    ModuleFunction { module: "math", name: "copysign", prim: &MATH_COPYSIGN, ints: true },
    ModuleFunction { module: "math", name: "fmod", prim: &MATH_FMOD, ints: true },
    ModuleFunction { module: "math", name: "hypot", prim: &MATH_HYPOT, ints: true },
    ModuleFunction { module: "math", name: "floor", prim: &MATH_FLOOR, ints: false },
    ModuleFunction { module: "math", name: "ceil", prim: &MATH_CEIL, ints: false },
    ModuleFunction { module: "math", name: "trunc", prim: &MATH_TRUNC, ints: false },
];

/// The direct form of `module.name(...)`, if it has one.
pub fn module_function(module: &str, name: &str) -> Option<&'static ModuleFunction> {
    MODULE_FUNCTIONS.iter().find(|f| f.module == module && f.name == name)
}
