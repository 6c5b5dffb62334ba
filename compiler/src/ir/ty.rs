//! Static types, as inference assigns them and the IR records them.
//!
//! Each type has one runtime representation: `int` is the runtime's `Int`
//! (machine word with big-int fallback), `float` an unboxed `f64`, `bool` a
//! `bool`, containers are reference-counted handles, and `Dyn` is the
//! runtime's dynamic `Value`, used wherever a variable is not monomorphic.

use std::collections::BTreeSet;
use std::rc::Rc;

use super::FuncId;
use crate::syntax::ast::Span;

/// The creation sites a list value may come from. Each site has one
/// element type in the environment; a list's element type is the join over
/// its sites. [`DYN_SITE`] stands for lists made by the runtime, whose
/// elements are unknown.
pub type Sites = BTreeSet<Span>;

pub const DYN_SITE: Span = Span::at(0, 0);

pub fn dyn_sites() -> Sites {
    BTreeSet::from([DYN_SITE])
}

/// A tracked class and its tracked ancestors, root first: the join of two
/// instance types is their nearest common ancestor, the longest common
/// prefix of their paths.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ClassPath {
    /// (class number, class name), from the root class to this one.
    pub chain: Vec<(u32, String)>,
}

impl ClassPath {
    /// The class's number (`hir::classes`).
    pub fn id(&self) -> u32 {
        self.chain.last().expect("a class path names a class").0
    }

    pub fn name(&self) -> &str {
        &self.chain.last().expect("a class path names a class").1
    }

    /// Whether this class is `other` or derives from it.
    pub fn within(&self, other: &ClassPath) -> bool {
        self.chain.starts_with(&other.chain)
    }

    /// The nearest common ancestor, if any.
    fn common(a: &Rc<ClassPath>, b: &Rc<ClassPath>) -> Option<Rc<ClassPath>> {
        if a.within(b) {
            return Some(b.clone());
        }
        if b.within(a) {
            return Some(a.clone());
        }
        let n = a.chain.iter().zip(&b.chain).take_while(|(x, y)| x == y).count();
        (n > 0).then(|| Rc::new(ClassPath { chain: a.chain[..n].to_vec() }))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    /// No value yet (inference's bottom): unreached code, functions never called.
    Never,
    None,
    Bool,
    Int,
    Float,
    Str,
    /// A list, with the sites it may have been created at.
    List(Sites),
    /// A tuple; element types when its shape is known.
    Tuple(Option<Vec<Ty>>),
    Dict,
    Set,
    Range,
    Iter,
    /// A module-level function, called directly.
    Func(FuncId),
    /// An instance of a class the compiler tracks (`hir/classes.rs`) or of
    /// one of its subclasses, or `None` when `or_none`. Represented as a
    /// dynamic `Value`; what the type adds is what inference knows: the
    /// types of its attributes and which method a call reaches.
    Obj {
        class: Rc<ClassPath>,
        or_none: bool,
    },
    /// The object of one module of the program (its number in the HIR's
    /// modules). Represented as a dynamic `Value`; what the type adds is
    /// that `m.x` is the module's global `x`, read and written directly.
    Module(usize),
    Dyn,
    /// A plain `i64`: only in speculative functions (see [`super::FuncKind`]),
    /// never produced by inference.
    MInt,
    /// A closure cell holding a variable shared with nested functions
    /// (its contents are dynamic); never a Python-visible value.
    Cell,
}

impl Ty {
    /// The least upper bound: equal types stay, tuples join element-wise,
    /// anything else becomes dynamic.
    pub fn join(&self, other: &Ty) -> Ty {
        match (self, other) {
            (Ty::Never, t) | (t, Ty::Never) => t.clone(),
            (a, b) if a == b => a.clone(),
            (Ty::List(a), Ty::List(b)) => Ty::List(a.union(b).copied().collect()),
            (Ty::Tuple(Some(a)), Ty::Tuple(Some(b))) if a.len() == b.len() => {
                Ty::Tuple(Some(a.iter().zip(b).map(|(x, y)| x.join(y)).collect()))
            }
            (Ty::Tuple(_), Ty::Tuple(_)) => Ty::Tuple(None),
            (Ty::Obj { class: a, or_none: na }, Ty::Obj { class: b, or_none: nb }) => match ClassPath::common(a, b) {
                Some(class) => Ty::Obj { class, or_none: *na || *nb },
                None => Ty::Dyn,
            },
            (Ty::Obj { class, .. }, Ty::None) | (Ty::None, Ty::Obj { class, .. }) => {
                Ty::Obj { class: class.clone(), or_none: true }
            }
            _ => Ty::Dyn,
        }
    }

    pub fn is_dyn(&self) -> bool {
        matches!(self, Ty::Dyn)
    }

    /// Types whose runtime representation is a plain `Copy` scalar.
    pub fn is_copy(&self) -> bool {
        matches!(self, Ty::Float | Ty::Bool | Ty::None | Ty::MInt)
    }

    pub fn is_list(&self) -> bool {
        matches!(self, Ty::List(_))
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }

    /// `type(x).__name__` when the static type decides it.
    pub fn python_name(&self) -> Option<&'static str> {
        Some(match self {
            Ty::None => "NoneType",
            Ty::Bool => "bool",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Str => "str",
            Ty::List(_) => "list",
            Ty::Tuple(_) => "tuple",
            Ty::Dict => "dict",
            Ty::Set => "set",
            Ty::Range => "range",
            _ => return None,
        })
    }
}

impl std::fmt::Display for Ty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ty::Tuple(Some(ts)) => {
                write!(f, "tuple[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "]")
            }
            Ty::Func(id) => write!(f, "function#{id}"),
            Ty::Module(k) => write!(f, "module#{k}"),
            Ty::Obj { class, or_none } => write!(f, "{}{}", class.name(), if *or_none { " | None" } else { "" }),
            Ty::Dyn => write!(f, "object"),
            Ty::Iter => write!(f, "iterator"),
            Ty::MInt => write!(f, "i64"),
            Ty::Cell => write!(f, "cell"),
            Ty::Never => write!(f, "never"),
            other => write!(f, "{}", other.python_name().unwrap_or("?")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(lines: &[u32]) -> Ty {
        Ty::List(lines.iter().map(|&line| Span::at(line, 1)).collect())
    }

    #[test]
    fn never_is_the_identity_of_join() {
        for t in [Ty::Int, Ty::Str, Ty::Dyn, list(&[3]), Ty::Tuple(None)] {
            assert_eq!(Ty::Never.join(&t), t);
            assert_eq!(t.join(&Ty::Never), t);
        }
    }

    #[test]
    fn different_scalars_join_to_dyn() {
        assert_eq!(Ty::Int.join(&Ty::Float), Ty::Dyn);
        assert_eq!(Ty::Int.join(&Ty::None), Ty::Dyn);
        assert_eq!(Ty::Str.join(&Ty::Dyn), Ty::Dyn);
        assert_eq!(Ty::Int.join(&Ty::Int), Ty::Int);
    }

    #[test]
    fn lists_join_their_sites_and_tuples_elementwise() {
        assert_eq!(list(&[1]).join(&list(&[2])), list(&[1, 2]));
        let a = Ty::Tuple(Some(vec![Ty::Int, Ty::Str]));
        let b = Ty::Tuple(Some(vec![Ty::Int, Ty::Float]));
        assert_eq!(a.join(&b), Ty::Tuple(Some(vec![Ty::Int, Ty::Dyn])));
        let c = Ty::Tuple(Some(vec![Ty::Int]));
        assert_eq!(a.join(&c), Ty::Tuple(None));
    }

    fn obj(chain: &[u32], or_none: bool) -> Ty {
        let chain = chain.iter().map(|&i| (i, format!("C{i}"))).collect();
        Ty::Obj { class: Rc::new(ClassPath { chain }), or_none }
    }

    #[test]
    fn instances_join_to_their_nearest_common_class() {
        assert_eq!(obj(&[0, 1], false).join(&obj(&[0, 2], false)), obj(&[0], false));
        assert_eq!(obj(&[0, 1], false).join(&obj(&[0], true)), obj(&[0], true));
        assert_eq!(obj(&[0], false).join(&Ty::None), obj(&[0], true));
        assert_eq!(obj(&[0], false).join(&obj(&[3], false)), Ty::Dyn);
        assert_eq!(obj(&[0], false).join(&Ty::Int), Ty::Dyn);
    }

    #[test]
    fn join_is_commutative_and_idempotent() {
        let ts = [
            Ty::Never,
            Ty::Int,
            Ty::Float,
            Ty::Dyn,
            Ty::None,
            list(&[1]),
            list(&[2]),
            Ty::Tuple(Some(vec![Ty::Int])),
            obj(&[0, 1], false),
            obj(&[0, 2], true),
            obj(&[5], false),
        ];
        for a in &ts {
            assert_eq!(a.join(a), *a);
            for b in &ts {
                assert_eq!(a.join(b), b.join(a), "{a} join {b}");
            }
        }
    }
}
