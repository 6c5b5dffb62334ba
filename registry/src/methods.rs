//! The methods of the builtin types: which exist (the runtime's
//! `hasattr`, `dir` and bound-method lookups read this) and what each
//! returns as far as the compiler can type it (its lowering reads this).
//! Adding a method is a row here and its implementation in the type's
//! runtime file.

/// A method's result type, for the compiler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Returns {
    /// Not known statically (a dynamic value).
    Dyn,
    /// `None` (mutating methods).
    Nothing,
    Bool,
    Int,
    Str,
    Set,
    Dict,
    /// The receiver's own type (`list.copy`).
    Receiver,
    /// A list the runtime makes, of strings (`str.split`).
    StrList,
    /// A 3-tuple of strings (`str.partition`).
    StrTriple,
}

/// One method of a builtin type.
#[derive(Debug)]
pub struct Method {
    pub name: &'static str,
    pub returns: Returns,
}

/// `ID = "type" { name: Returns, ... }`, or `ID = "type" (BASE) { ... }`
/// for a type that has every method of `BASE` and its own.
macro_rules! methods {
    ($($id:ident = $ty:literal $(($base:ident))? { $($name:ident: $ret:ident,)* })*) => {
        $(const $id: &[Method] = &[$(Method { name: stringify!($name), returns: Returns::$ret }),*];)*
        /// Every builtin type with methods, by its runtime name: its own
        /// rows, after those of the type it extends.
        pub static TYPES: &[(&str, &[&[Method]])] = &[$(($ty, &[$($base,)? $id])),*];
    };
}

methods! {
    STR = "str" {
        capitalize: Str,
        casefold: Str,
        center: Str,
        count: Int,
        encode: Dyn,
        endswith: Bool,
        expandtabs: Str,
        find: Int,
        format: Str,
        format_map: Dyn,
        index: Int,
        isalnum: Bool,
        isalpha: Bool,
        isascii: Bool,
        isdecimal: Bool,
        isdigit: Bool,
        isidentifier: Bool,
        islower: Bool,
        isnumeric: Bool,
        isprintable: Bool,
        isspace: Bool,
        istitle: Bool,
        isupper: Bool,
        join: Str,
        ljust: Str,
        lower: Str,
        lstrip: Str,
        maketrans: Dyn,
        partition: StrTriple,
        removeprefix: Str,
        removesuffix: Str,
        replace: Str,
        rfind: Int,
        rindex: Int,
        rjust: Str,
        rpartition: StrTriple,
        rsplit: StrList,
        rstrip: Str,
        split: StrList,
        splitlines: StrList,
        startswith: Bool,
        strip: Str,
        swapcase: Str,
        title: Str,
        translate: Dyn,
        upper: Str,
        zfill: Str,
    }

    BYTES = "bytes" {
        capitalize: Dyn,
        center: Dyn,
        count: Dyn,
        decode: Dyn,
        endswith: Dyn,
        expandtabs: Dyn,
        find: Dyn,
        hex: Dyn,
        index: Dyn,
        isalnum: Dyn,
        isalpha: Dyn,
        isascii: Dyn,
        isdigit: Dyn,
        islower: Dyn,
        isspace: Dyn,
        istitle: Dyn,
        isupper: Dyn,
        join: Dyn,
        ljust: Dyn,
        lower: Dyn,
        lstrip: Dyn,
        partition: Dyn,
        removeprefix: Dyn,
        removesuffix: Dyn,
        replace: Dyn,
        rfind: Dyn,
        rindex: Dyn,
        rjust: Dyn,
        rpartition: Dyn,
        rsplit: Dyn,
        rstrip: Dyn,
        split: Dyn,
        splitlines: Dyn,
        startswith: Dyn,
        strip: Dyn,
        swapcase: Dyn,
        title: Dyn,
        translate: Dyn,
        upper: Dyn,
        zfill: Dyn,
    }

    BYTEARRAY = "bytearray" (BYTES) {
        append: Dyn,
        clear: Dyn,
        copy: Dyn,
        extend: Dyn,
        insert: Dyn,
        pop: Dyn,
        remove: Dyn,
        reverse: Dyn,
    }

    LIST = "list" {
        append: Nothing,
        clear: Nothing,
        copy: Receiver,
        count: Int,
        extend: Nothing,
        index: Int,
        insert: Nothing,
        pop: Dyn,
        remove: Nothing,
        reverse: Nothing,
        sort: Nothing,
    }

    TUPLE = "tuple" {
        count: Int,
        index: Int,
    }

    DICT = "dict" {
        clear: Nothing,
        copy: Dict,
        get: Dyn,
        items: Dyn,
        keys: Dyn,
        pop: Dyn,
        popitem: Dyn,
        setdefault: Dyn,
        update: Nothing,
        values: Dyn,
    }

    SET = "set" {
        add: Nothing,
        clear: Nothing,
        copy: Set,
        difference: Set,
        difference_update: Nothing,
        discard: Nothing,
        intersection: Set,
        intersection_update: Nothing,
        isdisjoint: Bool,
        issubset: Bool,
        issuperset: Bool,
        pop: Dyn,
        remove: Nothing,
        symmetric_difference: Set,
        symmetric_difference_update: Nothing,
        union: Set,
        update: Nothing,
    }

    // Values of a frozenset are dynamic to the compiler: its results are
    // frozensets, which no static type describes.
    FROZENSET = "frozenset" {
        copy: Dyn,
        difference: Dyn,
        intersection: Dyn,
        isdisjoint: Bool,
        issubset: Bool,
        issuperset: Bool,
        symmetric_difference: Dyn,
        union: Dyn,
    }

    INT = "int" {
        as_integer_ratio: Dyn,
        bit_count: Int,
        bit_length: Int,
        conjugate: Dyn,
        to_bytes: Dyn,
    }

    FLOAT = "float" {
        as_integer_ratio: Dyn,
        conjugate: Dyn,
        hex: Dyn,
        is_integer: Bool,
    }

    DEQUE = "collections.deque" {
        append: Dyn,
        appendleft: Dyn,
        extend: Dyn,
        extendleft: Dyn,
        pop: Dyn,
        popleft: Dyn,
        rotate: Dyn,
        clear: Dyn,
        copy: Dyn,
        count: Dyn,
        index: Dyn,
        insert: Dyn,
        remove: Dyn,
        reverse: Dyn,
    }
}

/// The methods of the builtin type named `ty` (`int` for `bool` too).
pub fn of(ty: &str) -> impl Iterator<Item = &'static Method> {
    let ty = if ty == "bool" { "int" } else { ty };
    let parts: &'static [&'static [Method]] = TYPES.iter().find(|(t, _)| *t == ty).map_or(&[], |(_, p)| p);
    parts.iter().flat_map(|p| p.iter())
}

/// Whether the builtin type `ty` has any method.
pub fn has_any(ty: &str) -> bool {
    of(ty).next().is_some()
}

/// Whether the builtin type `ty` has a method `name`.
pub fn has(ty: &str, name: &str) -> bool {
    of(ty).any(|m| m.name == name)
}

/// What `ty.name(...)` returns, if `ty` has that method.
pub fn returns(ty: &str, name: &str) -> Option<Returns> {
    of(ty).find(|m| m.name == name).map(|m| m.returns)
}

/// Methods a call on a receiver of known type reaches directly, without
/// the dynamic dispatch by name: (type, method, positional arguments, the
/// primitive taking the receiver then the arguments, each a dynamic value).
/// The primitive does what the method does, errors included.
pub static DIRECT: &[(&str, &str, usize, &crate::prims::Prim)] = &[
    ("dict", "get", 1, &crate::prims::D_GET),
    ("dict", "get", 2, &crate::prims::D_GET_OR),
    ("set", "add", 1, &crate::prims::ST_ADD),
    ("set", "discard", 1, &crate::prims::ST_DISCARD),
    ("set", "remove", 1, &crate::prims::ST_REMOVE),
];

/// The primitive a call `ty.name(...)` with `nargs` positional arguments
/// (and no keywords) goes to, if it has one.
pub fn direct(ty: &str, name: &str, nargs: usize) -> Option<&'static crate::prims::Prim> {
    DIRECT.iter().find(|(t, n, k, _)| *t == ty && *n == name && *k == nargs).map(|(.., p)| *p)
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_type_lists_a_method_twice() {
        for (ty, _) in super::TYPES {
            let methods: Vec<_> = super::of(ty).collect();
            for (i, m) in methods.iter().enumerate() {
                assert!(!methods[..i].iter().any(|n| n.name == m.name), "{ty}.{} is listed twice", m.name);
            }
        }
    }
}
