//! Static instance layouts. For each class defined at module level, the
//! attributes its methods assign to `self` (`__init__` first, then the
//! other methods in source order), after those of its base class, get
//! fixed positions: the runtime stores them there (`rt::types::class::Slots`),
//! and `self.x` in the class's own methods reads and writes its position
//! directly (`INST_GET`/`INST_SET`, through the site's inline cache of
//! the position in each class it meets; a subclass keeps its base's
//! positions). Anything else, and every dynamic use, goes by name through
//! the same storage.

use std::collections::HashMap;

use super::scope;
use crate::syntax::ast::{self, Span};
use crate::syntax::visit::visit_stmts;

#[derive(Default)]
pub struct Layouts {
    /// The layout of each module-level class statement (by its span).
    pub classes: HashMap<Span, Vec<String>>,
    /// For each method (by its `def`'s span): its `self` parameter and its
    /// class's layout.
    pub methods: HashMap<Span, (String, Span)>,
}

impl Layouts {
    /// The position of `attr` in the layout of the class whose method `def` is,
    /// when `name` is that method's `self`.
    pub fn slot(&self, def: Span, name: &str, attr: &str) -> Option<usize> {
        let (this, class) = self.methods.get(&def)?;
        if this != name {
            return None;
        }
        self.classes.get(class)?.iter().position(|a| a == attr)
    }

    /// The position `attr` has in every layout that has it, if they agree:
    /// the likely position of `obj.attr` whatever `obj` is (the runtime
    /// checks the instance's class has `attr` there, else looks it up).
    /// Adds another module's layouts (spans of different modules differ).
    pub fn extend(&mut self, other: Layouts) {
        self.classes.extend(other.classes);
        self.methods.extend(other.methods);
    }

    pub fn common_slot(&self, attr: &str) -> Option<usize> {
        let mut at = self.classes.values().filter_map(|l| l.iter().position(|a| a == attr));
        let k = at.next()?;
        at.all(|j| j == k).then_some(k)
    }
}

/// The layouts of the module's top-level classes.
pub(super) fn compute(module: &[ast::Stmt]) -> Layouts {
    let mut out = Layouts::default();
    // A class name bound more than once has no layout its subclasses can rely on.
    let mut bound: HashMap<String, usize> = HashMap::new();
    scope::bindings(module, &mut |n| *bound.entry(n.to_string()).or_default() += 1);
    let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
    for s in module {
        let ast::StmtKind::ClassDef(c) = &s.kind else { continue };
        let base: Option<Vec<String>> = match &c.bases[..] {
            [] => Some(Vec::new()),
            [ast::Expr { kind: ast::ExprKind::Name(b), .. }] if b == "object" => Some(Vec::new()),
            [ast::Expr { kind: ast::ExprKind::Name(b), .. }] => by_name.get(b).cloned(),
            _ => None,
        };
        let Some(mut layout) = base else { continue };
        let mut methods: Vec<&ast::FuncDef> = c
            .body
            .iter()
            .filter_map(|m| match &m.kind {
                ast::StmtKind::FunctionDef(d) => Some(d),
                _ => None,
            })
            .collect();
        // `__init__` first: its order is the order attributes are usually set in.
        methods.sort_by_key(|d| d.name != "__init__");
        for d in methods {
            let Some(this) = self_param(d) else { continue };
            out.methods.insert(d.span, (this.clone(), c.span));
            visit_stmts(&d.body, &mut |st| {
                let targets: Vec<&ast::Expr> = match &st.kind {
                    ast::StmtKind::Assign { targets, .. } => targets.iter().collect(),
                    ast::StmtKind::AugAssign { target, .. } => vec![target],
                    ast::StmtKind::AnnAssign { target, value: Some(_), .. } => vec![target],
                    _ => Vec::new(),
                };
                for t in targets {
                    self_attrs(t, &this, &mut layout);
                }
            });
        }
        if bound.get(&c.name) == Some(&1) {
            by_name.insert(c.name.clone(), layout.clone());
        }
        out.classes.insert(c.span, layout);
    }
    out
}

/// The `self` parameter of a method that has one: its first positional
/// parameter, when it is not a static or class method and the body never
/// rebinds it.
pub(super) fn self_param(d: &ast::FuncDef) -> Option<String> {
    let first =
        d.params.first().filter(|p| matches!(p.kind, ast::ParamKind::Normal | ast::ParamKind::PositionalOnly))?;
    let special = d
        .decorators
        .iter()
        .any(|e| matches!(&e.kind, ast::ExprKind::Name(n) if n == "staticmethod" || n == "classmethod"));
    if special || matches!(d.name.as_str(), "__new__" | "__init_subclass__" | "__class_getitem__") {
        return None;
    }
    let mut rebound = false;
    scope::bindings(&d.body, &mut |n| rebound |= n == first.name);
    (!rebound).then(|| first.name.clone())
}

/// Adds the attributes of `this` that an assignment target sets.
fn self_attrs(t: &ast::Expr, this: &str, layout: &mut Vec<String>) {
    match &t.kind {
        ast::ExprKind::Attribute { value, attr }
            if matches!(&value.kind, ast::ExprKind::Name(n) if n == this) && !layout.contains(attr) =>
        {
            layout.push(attr.clone());
        }
        ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) => {
            for i in items {
                self_attrs(i, this, layout);
            }
        }
        ast::ExprKind::Starred(x) => self_attrs(x, this, layout),
        _ => {}
    }
}
