//! Calls: to compiled functions (arguments bound to parameters at compile
//! time), to builtins (typed fast paths where the types allow, the
//! runtime's dynamic builtin otherwise) and to methods of builtin types.
//! The tables here give the static result type of each builtin and method.

use super::expr::{mk, needs_temp, prim, str_const};
use super::FnLower;
use crate::ir::{prims as p, Expr, ExprKind, FuncId, LocalId, Place, Ty};
use crate::syntax::ast::{self, ParamKind, Span};
use pyaot_registry::{classes, names};

/// The name of the builtin exception class `name` stands for (the
/// registry's table, `classes::ALL`, is the one list of them; an alias such as
/// `IOError` gives its class's name, `OSError`).
pub(super) fn builtin_exception(name: &str) -> Option<&'static str> {
    classes::lookup(name).map(|t| t.name)
}

/// A builtin class usable as a value: exception classes and builtin types.
pub(super) fn builtin_class(name: &str) -> Option<&'static str> {
    classes::builtins_class(name).map(|t| t.name)
}

/// A name the builtins module binds to something pyaot implements.
pub(super) fn is_builtin_name(name: &str) -> bool {
    is_builtin_function(name) || builtin_class(name).is_some()
}

impl FnLower<'_, '_> {
    /// Module globals named like builtins (`min = ...`, `def max`) that
    /// functions read start out holding the builtin: CPython falls back to
    /// the builtins module while the global is unbound, so a function
    /// calling `min` before the module rebinds it gets the builtin.
    pub(super) fn shadowed_builtins(&mut self, span: Span) -> Vec<crate::ir::Stmt> {
        let names = self.env.shadowed.clone();
        let mut out = Vec::new();
        for n in names {
            let Some(place) = self.lookup(&n) else { continue };
            let v = if let Some(class) = builtin_class(&n) {
                mk(ExprKind::Class(class), Ty::Dyn, span)
            } else {
                prim(&p::BUILTIN_FUNC, vec![str_const(&n, span)], Ty::Dyn, span)
            };
            let v = self.assign_place_ty(place, v);
            out.push(crate::ir::Stmt { kind: crate::ir::StmtKind::Assign(place, v), span });
        }
        out
    }
}

pub(super) fn is_builtin_function(name: &str) -> bool {
    names::is_callable_builtin(name)
}

/// A Python builtin name that pyaot does not implement yet.
pub(super) fn is_unimplemented_builtin(name: &str) -> bool {
    names::PYTHON_BUILTINS.contains(&name)
        && !matches!(name, "NotImplemented" | "Ellipsis")
        && !is_builtin_function(name)
        && builtin_class(name).is_none()
}

/// The result type of a builtin function, given its argument types.
fn builtin_result(name: &str, args: &[Ty]) -> Ty {
    let first = args.first().cloned().unwrap_or(Ty::Dyn);
    match name {
        "len" | "ord" | "id" | "hash" | "int" => Ty::Int,
        "str" | "repr" | "chr" | "bin" | "hex" | "oct" | "input" | "ascii" | "format" => Ty::Str,
        "float" => Ty::Float,
        "bool" | "isinstance" | "issubclass" | "any" | "all" => Ty::Bool,
        "list" | "sorted" => Ty::List(crate::ir::ty::dyn_sites()),
        "tuple" => Ty::Tuple(None),
        "dict" => Ty::Dict,
        "set" => Ty::Set,
        "range" => Ty::Range,
        "enumerate" | "zip" | "reversed" | "iter" | "map" | "filter" => Ty::Iter,
        "print" => Ty::None,
        "abs" => match first {
            Ty::Int | Ty::Bool => Ty::Int,
            Ty::Float => Ty::Float,
            _ => Ty::Dyn,
        },
        "round" if args.len() == 1 => match first {
            Ty::Float | Ty::Int | Ty::Bool => Ty::Int,
            _ => Ty::Dyn,
        },
        "round" => match first {
            Ty::Float => Ty::Float,
            Ty::Int => Ty::Int,
            _ => Ty::Dyn,
        },
        "divmod" => match (&first, args.get(1)) {
            (Ty::Int, Some(Ty::Int)) => Ty::Tuple(Some(vec![Ty::Int, Ty::Int])),
            (Ty::Float, Some(Ty::Float | Ty::Int)) | (Ty::Int, Some(Ty::Float)) => {
                Ty::Tuple(Some(vec![Ty::Float, Ty::Float]))
            }
            _ => Ty::Tuple(None),
        },
        // Three ints make an int; `pow(a, b, None)` is `a ** b`, so anything else is dynamic.
        "pow" if args.len() == 3 && args.iter().all(|t| matches!(t, Ty::Int | Ty::Bool)) => Ty::Int,
        "min" | "max" if args.len() >= 2 && args.iter().all(|t| *t == first) && !first.is_dyn() => first,
        "sum" if first == Ty::Range => Ty::Int,
        _ if builtin_exception(name).is_some() => Ty::Dyn,
        _ => Ty::Dyn,
    }
}

/// The result type of a method of a builtin type.
fn method_result(recv: &Ty, name: &str) -> Ty {
    use pyaot_registry::methods::{returns, Returns};
    let ty = match recv {
        Ty::Str => "str",
        Ty::List(_) => "list",
        Ty::Dict => "dict",
        Ty::Set => "set",
        Ty::Int => "int",
        Ty::Float => "float",
        Ty::Tuple(_) => "tuple",
        _ => return Ty::Dyn,
    };
    match returns(ty, name) {
        None | Some(Returns::Dyn) => Ty::Dyn,
        Some(Returns::Nothing) => Ty::None,
        Some(Returns::Bool) => Ty::Bool,
        Some(Returns::Int) => Ty::Int,
        Some(Returns::Str) => Ty::Str,
        Some(Returns::Set) => Ty::Set,
        Some(Returns::Dict) => Ty::Dict,
        Some(Returns::Receiver) => recv.clone(),
        Some(Returns::StrList) => Ty::List(crate::ir::ty::dyn_sites()),
        Some(Returns::StrTriple) => Ty::Tuple(Some(vec![Ty::Str, Ty::Str, Ty::Str])),
    }
}

impl FnLower<'_, '_> {
    pub(super) fn call(&mut self, func: &ast::Expr, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        if args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_))) || kws.iter().any(|k| k.name.is_none()) {
            return self.call_unpacking(func, args, kws, span);
        }
        match &func.kind {
            ast::ExprKind::Name(n) if n == "super" && self.is_builtin("super") => {
                let (Some(g), true, Some(d)) = (
                    self.env.funcs[self.cx.scope_func].class_global,
                    args.is_empty() && kws.is_empty(),
                    self.env.funcs[self.cx.scope_func].def,
                ) else {
                    return self.unsupported(span, "super() other than without arguments in a method");
                };
                let Some(first) = d.params.first().map(|p| p.name.clone()) else {
                    return self.unsupported(span, "super() in a method without parameters");
                };
                let class = mk(ExprKind::Read(Place::Global(g)), Ty::Dyn, span);
                let recv = self.load(&first, span);
                let recv = self.to_dyn(recv);
                prim(&p::SUPER, vec![class, recv], Ty::Dyn, span)
            }
            ast::ExprKind::Name(n) if self.cell(n, span).is_some() => {
                let callee = self.load(n, func.span);
                self.call_value(callee, args, kws, span)
            }
            ast::ExprKind::Name(n) => match self.lookup(n) {
                Some(Place::Global(g)) => match self.env.globals[g].ty {
                    Ty::Func(id) => self.call_function(id, args, kws, span),
                    _ => {
                        let callee = self.load(n, func.span);
                        self.call_value(callee, args, kws, span)
                    }
                },
                Some(Place::Local(_)) => {
                    let callee = self.load(n, func.span);
                    self.call_value(callee, args, kws, span)
                }
                None if is_builtin_function(n) || builtin_exception(n).is_some() => {
                    self.call_builtin(n, args, kws, span)
                }
                None if is_unimplemented_builtin(n) => self.unsupported(func.span, &format!("the builtin '{n}'")),
                None => prim(&p::NAME_ERROR, vec![str_const(n, span)], Ty::Dyn, span),
            },
            ast::ExprKind::Attribute { value, attr } => {
                if let Some(refused) = self.missing_module_attr(value, attr, func.span) {
                    return refused;
                }
                if let Some(f) = self.module_function(value, attr, args, kws) {
                    return self.call_module_function(f, value, attr, args, span);
                }
                let recv = self.expr(value);
                if let (Ty::List(s), "append", 1, true) = (&recv.ty, attr.as_str(), args.len(), kws.is_empty()) {
                    // The commonest method, called directly.
                    let s = s.clone();
                    let v = self.expr(&args[0]);
                    let v = self.store_elem(&s, v);
                    return prim(&p::L_APPEND, vec![recv, v], Ty::None, span);
                }
                let mut ty = method_result(&recv.ty, attr);
                let (vals, names) = match &recv.ty {
                    Ty::List(s) => {
                        // Methods that store into the list record what they store.
                        let s = s.clone();
                        if attr == "pop" {
                            ty = self.iter_item_ty(&recv.ty);
                        }
                        self.list_method_args(&s, attr, args, kws, span)
                    }
                    // `sep.join(genexp)` consumes the generator whole, whatever `sep` is.
                    _ if attr == "join" && args.len() == 1 && kws.is_empty() => {
                        let v = match self.eager_genexp(&args[0]) {
                            Some(v) => v,
                            None => self.expr(&args[0]),
                        };
                        let v = self.box_ro(v);
                        (mk(ExprKind::Pack(vec![v]), Ty::Dyn, span), mk(ExprKind::Pack(vec![]), Ty::Dyn, span))
                    }
                    _ => self.dyn_args(args, kws, span),
                };
                let recv = self.box_ro(recv);
                let e = prim(&p::CALL_METHOD, vec![recv, str_const(attr, span), vals, names], Ty::Dyn, span);
                self.coerce(e, &ty)
            }
            _ => {
                let callee = self.expr(func);
                self.call_value(callee, args, kws, span)
            }
        }
    }

    /// A call with `*`/`**` unpacking: bound at run time (`func::call_ex`).
    fn call_unpacking(&mut self, func: &ast::Expr, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        let mut items = Vec::new();
        let mut flags = String::new();
        let method = match &func.kind {
            ast::ExprKind::Attribute { value, attr } => {
                let recv = self.expr(value);
                Some((self.to_dyn(recv), attr.clone()))
            }
            _ => None,
        };
        let callee = match (&method, &func.kind) {
            (Some(_), _) => None,
            (None, ast::ExprKind::Name(n))
                if self.is_builtin(n)
                    && (is_builtin_function(n) || builtin_exception(n).is_some() || builtin_class(n).is_some()) =>
            {
                Some(match builtin_class(n).or(builtin_exception(n)) {
                    Some(c) => mk(ExprKind::Class(c), Ty::Dyn, func.span),
                    None => prim(&p::BUILTIN_FUNC, vec![str_const(n, span)], Ty::Dyn, func.span),
                })
            }
            _ => {
                let c = self.expr(func);
                Some(self.to_dyn(c))
            }
        };
        for a in args {
            let (e, f) = match &a.kind {
                ast::ExprKind::Starred(inner) => (inner.as_ref(), '*'),
                _ => (a, '.'),
            };
            let v = self.expr(e);
            items.push(self.to_dyn(v));
            flags.push(f);
        }
        let mut names = Vec::new();
        let mut values = Vec::new();
        for k in kws {
            names.push(str_const(k.name.as_deref().unwrap_or("**"), span));
            let v = self.expr(&k.value);
            values.push(self.to_dyn(v));
        }
        let pack = |v: Vec<Expr>| mk(ExprKind::Pack(v), Ty::Dyn, span);
        match (method, callee) {
            (Some((recv, attr)), _) => prim(
                &p::CALL_METHOD_EX,
                vec![recv, str_const(&attr, span), pack(items), str_const(&flags, span), pack(names), pack(values)],
                Ty::Dyn,
                span,
            ),
            (None, Some(c)) => prim(
                &p::CALL_EX,
                vec![c, pack(items), str_const(&flags, span), pack(names), pack(values)],
                Ty::Dyn,
                span,
            ),
            (None, None) => unreachable!("a callee or a method"),
        }
    }

    /// Arguments of a method of a list from `sites`: values it stores are
    /// recorded in the sites' element type instead of escaping.
    fn list_method_args(
        &mut self,
        sites: &crate::ir::ty::Sites,
        attr: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> (Expr, Expr) {
        if !kws.is_empty() {
            return self.dyn_args(args, kws, span);
        }
        let stored = match attr {
            "append" => Some(0),
            "insert" => Some(1),
            _ => None,
        };
        let mut vals = Vec::new();
        for (k, a) in args.iter().enumerate() {
            let v = self.expr(a);
            let v = if Some(k) == stored {
                self.store_elem(sites, v)
            } else if attr == "extend" {
                let t = self.iter_item_ty(&v.ty);
                self.env.write_elem(sites, &t);
                if v.ty.is_list() {
                    self.box_ro(v)
                } else {
                    self.to_dyn(v)
                }
            } else {
                self.to_dyn(v)
            };
            vals.push(v);
        }
        (mk(ExprKind::Pack(vals), Ty::Dyn, span), mk(ExprKind::Pack(vec![]), Ty::Dyn, span))
    }

    /// Positional and keyword arguments as dynamic values, keywords last.
    /// The registry's direct form of `module.name(args)` (`math.sqrt(x)`),
    /// when `module` is the module itself (a global bound only by its
    /// import) and the call has the primitive's number of plain positional
    /// arguments.
    fn module_function(
        &mut self,
        value: &ast::Expr,
        attr: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
    ) -> Option<&'static pyaot_registry::prims::ModuleFunction> {
        let m = self.module_global(value)?;
        let f = pyaot_registry::prims::module_function(m.name, attr)?;
        let plain = kws.is_empty()
            && args.len() == f.prim.args.len()
            && !args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_)));
        plain.then_some(f)
    }

    /// `math.sqrt(x)`: the primitive when every argument is a float (or an
    /// int the function converts), else the module's function called
    /// dynamically. The module is read first either way (a module imported
    /// conditionally may be unbound: NameError, as in CPython).
    fn call_module_function(
        &mut self,
        f: &'static pyaot_registry::prims::ModuleFunction,
        value: &ast::Expr,
        attr: &str,
        args: &[ast::Expr],
        span: Span,
    ) -> Expr {
        let recv = self.expr(value);
        let vals: Vec<Expr> = args.iter().map(|a| self.expr(a)).collect();
        let typed = vals.iter().all(|v| v.ty == Ty::Float || (f.ints && v.ty == Ty::Int));
        if !typed {
            let vals = vals.into_iter().map(|v| self.to_dyn(v)).collect();
            let (vals, names) = (mk(ExprKind::Pack(vals), Ty::Dyn, span), mk(ExprKind::Pack(vec![]), Ty::Dyn, span));
            let recv = self.box_ro(recv);
            let ty = method_result(&Ty::Dyn, attr);
            let e = prim(&p::CALL_METHOD, vec![recv, str_const(attr, span), vals, names], Ty::Dyn, span);
            return self.coerce(e, &ty);
        }
        let vals = vals
            .into_iter()
            .map(|v| match v.ty {
                Ty::Int => {
                    let s = v.span;
                    prim(&p::I_TO_F64, vec![v], Ty::Float, s)
                }
                _ => v,
            })
            .collect();
        let ty = if f.prim.ret == pyaot_registry::prims::Rt::Int { Ty::Int } else { Ty::Float };
        let call = prim(f.prim, vals, ty.clone(), span);
        let t = self.temp(recv.ty.clone());
        self.assigned.insert(t);
        mk(ExprKind::Let(t, Box::new(recv), Box::new(call)), ty, span)
    }

    pub(super) fn dyn_args(&mut self, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> (Expr, Expr) {
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a);
            vals.push(self.to_dyn(v));
        }
        let mut names = Vec::new();
        for k in kws {
            let v = self.expr(&k.value);
            vals.push(self.to_dyn(v));
            names.push(str_const(k.name.as_deref().unwrap_or(""), span));
        }
        (mk(ExprKind::Pack(vals), Ty::Dyn, span), mk(ExprKind::Pack(names), Ty::Dyn, span))
    }

    fn call_builtin(&mut self, name: &str, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        // Typed fast paths.
        if kws.is_empty() {
            match (name, args.len()) {
                ("len", 1) => {
                    let x = self.expr(&args[0]);
                    let pr = match x.ty {
                        Ty::Str => Some(&p::S_LEN),
                        Ty::List(_) => Some(&p::L_LEN),
                        Ty::Tuple(_) => Some(&p::T_LEN),
                        Ty::Dict => Some(&p::D_LEN),
                        Ty::Set => Some(&p::ST_LEN),
                        Ty::Range => Some(&p::R_LEN),
                        _ => None,
                    };
                    return match pr {
                        Some(pr) => prim(pr, vec![x], Ty::Int, span),
                        None => {
                            let d = self.to_dyn(x);
                            prim(&p::V_LEN, vec![d], Ty::Int, span)
                        }
                    };
                }
                ("range", 1..=3) => {
                    let mut vals: Vec<Expr> = args
                        .iter()
                        .map(|a| {
                            let v = self.expr(a);
                            let v = if v.ty == Ty::Bool { prim(&p::I_FROM_BOOL, vec![v], Ty::Int, span) } else { v };
                            self.coerce(v, &Ty::Int)
                        })
                        .collect();
                    if vals.len() == 1 {
                        vals.insert(0, mk(ExprKind::Int(0), Ty::Int, span));
                    }
                    if vals.len() == 2 {
                        vals.push(mk(ExprKind::Int(1), Ty::Int, span));
                    }
                    return prim(&p::R_NEW, vals, Ty::Range, span);
                }
                ("str", 1) => {
                    let x = self.expr(&args[0]);
                    return self.to_str(x);
                }
                ("bool", 1) => {
                    let x = self.expr(&args[0]);
                    return self.truthy(x);
                }
                ("float", 1) => {
                    let x = self.expr(&args[0]);
                    match x.ty {
                        Ty::Float => return x,
                        Ty::Int => return prim(&p::I_TO_F64, vec![x], Ty::Float, span),
                        _ => {
                            let d = self.to_dyn(x);
                            return self.generic_builtin(name, vec![d], vec![], span);
                        }
                    }
                }
                ("int", 1) => {
                    let x = self.expr(&args[0]);
                    match x.ty {
                        Ty::Int => return x,
                        Ty::Bool => return prim(&p::I_FROM_BOOL, vec![x], Ty::Int, span),
                        Ty::Float => return prim(&p::I_FROM_F64, vec![x], Ty::Int, span),
                        _ => {
                            let d = self.to_dyn(x);
                            return self.generic_builtin(name, vec![d], vec![], span);
                        }
                    }
                }
                ("abs", 1) => {
                    let x = self.expr(&args[0]);
                    match x.ty {
                        Ty::Int => return prim(&p::I_ABS, vec![x], Ty::Int, span),
                        Ty::Float => return prim(&p::F_ABS, vec![x], Ty::Float, span),
                        _ => {
                            let d = self.to_dyn(x);
                            return self.generic_builtin(name, vec![d], vec![], span);
                        }
                    }
                }
                ("round", 1) => {
                    let x = self.expr(&args[0]);
                    if x.ty == Ty::Float {
                        return prim(&p::F_ROUND, vec![x], Ty::Int, span);
                    }
                    let d = self.to_dyn(x);
                    return self.generic_builtin(name, vec![d], vec![], span);
                }
                ("isinstance", 2) => {
                    let x = self.expr(&args[0]);
                    let x = self.box_ro(x);
                    let c = self.expr(&args[1]);
                    let c = self.to_dyn(c);
                    return prim(&p::ISINSTANCE, vec![x, c], Ty::Bool, span);
                }
                _ => {}
            }
        }
        // `print` with str (or None) `sep`/`end` calls the runtime's print
        // directly; `file=`, `flush=` or keywords of other types go through
        // the dynamic builtin, which checks them as CPython does.
        if name == "print" && kws.iter().all(|k| matches!(k.name.as_deref(), Some("sep" | "end"))) {
            let kw_vals: Vec<Expr> = kws.iter().map(|k| self.expr(&k.value)).collect();
            if kw_vals.iter().all(|v| matches!(v.ty, Ty::Str | Ty::None)) {
                let mut vals = Vec::new();
                for a in args {
                    let v = self.expr(a);
                    vals.push(self.box_ro(v));
                }
                let mut sep = mk(ExprKind::Absent, Ty::None, span);
                let mut end = mk(ExprKind::Absent, Ty::None, span);
                for (k, v) in kws.iter().zip(kw_vals) {
                    let v = if v.ty == Ty::None { mk(ExprKind::Absent, Ty::None, span) } else { v };
                    if k.name.as_deref() == Some("sep") {
                        sep = v;
                    } else {
                        end = v;
                    }
                }
                return prim(&p::PRINT, vec![mk(ExprKind::Pack(vals), Ty::Dyn, span), sep, end], Ty::None, span);
            }
        }
        if name == "sum" && args.len() == 1 && kws.is_empty() {
            if let Some(e) = self.sum_genexp(&args[0]) {
                return e;
            }
        }
        if matches!(name, "any" | "all") && args.len() == 1 && kws.is_empty() {
            if let Some(e) = self.short_circuit_genexp(&args[0], name == "any") {
                return e;
            }
        }
        let consumes_whole = matches!(name, "sum" | "min" | "max" | "list" | "sorted" | "tuple" | "set" | "dict");
        let arg_vals: Vec<Expr> = args
            .iter()
            .map(|a| match consumes_whole.then(|| self.eager_genexp(a)).flatten() {
                Some(v) => v,
                None => self.expr(a),
            })
            .collect();
        let typed_items =
            arg_vals.len() == 1 && matches!(arg_vals[0].ty, Ty::List(_) | Ty::Str | Ty::Range | Ty::Never);
        if matches!(name, "list" | "sorted") && typed_items {
            // A new list whose elements are typed like the iterable's items.
            let sites = self.site(span);
            let t = self.iter_item_ty(&arg_vals[0].ty);
            self.env.write_elem(&sites, &t);
            let mut vals: Vec<Expr> = arg_vals.into_iter().map(|v| self.box_ro(v)).collect();
            let mut names = Vec::new();
            for k in kws {
                let v = self.expr(&k.value);
                vals.push(self.to_dyn(v));
                names.push(k.name.clone().unwrap_or_default());
            }
            let e = self.generic_builtin(name, vals, names, span);
            return self.coerce(e, &Ty::List(sites));
        }
        let tys: Vec<Ty> = arg_vals.iter().map(|a| a.ty.clone()).collect();
        let mut vals: Vec<Expr> = arg_vals.into_iter().map(|v| self.to_dyn(v)).collect();
        let mut names = Vec::new();
        for k in kws {
            let v = self.expr(&k.value);
            vals.push(self.to_dyn(v));
            names.push(k.name.clone().unwrap_or_default());
        }
        // A keyword argument can change what the positional ones imply
        // (`round(x, ndigits=1)` is a float): those results stay dynamic.
        let ty = if !kws.is_empty() && matches!(name, "round" | "pow" | "min" | "max" | "sum" | "divmod" | "abs") {
            Ty::Dyn
        } else {
            builtin_result(name, &tys)
        };
        let e = self.generic_builtin(name, vals, names, span);
        self.coerce(e, &ty)
    }

    /// The runtime's dynamic builtin, by name. `int()` and `float()` always
    /// give their type; other results are coerced by the caller.
    pub(super) fn generic_builtin(&mut self, name: &str, vals: Vec<Expr>, names: Vec<String>, span: Span) -> Expr {
        let names = names.iter().map(|n| str_const(n, span)).collect();
        let e = prim(
            &p::CALL_BUILTIN,
            vec![
                str_const(name, span),
                mk(ExprKind::Pack(vals), Ty::Dyn, span),
                mk(ExprKind::Pack(names), Ty::Dyn, span),
            ],
            Ty::Dyn,
            span,
        );
        match name {
            "int" => self.coerce(e, &Ty::Int),
            "float" => self.coerce(e, &Ty::Float),
            _ => e,
        }
    }

    /// A call to a compiled function: binds arguments to parameters here,
    /// raising CPython's TypeError at run time where the call cannot bind.
    fn call_function(&mut self, id: FuncId, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        let def = self.env.funcs[id].def.unwrap();
        let fname = def.name.clone();
        let params = &def.params;
        let n = params.len();
        let mut slots: Vec<Option<Expr>> = vec![None; n];
        // Arguments are evaluated left to right; when binding reorders
        // them, the non-trivial ones are evaluated into temporaries first.
        let mut lets: Vec<(LocalId, Expr)> = Vec::new();
        let reorder = !kws.is_empty();
        let mut lowered = Vec::new();
        for a in args {
            lowered.push(self.expr(a));
        }
        let mut kw_vals = Vec::new();
        for k in kws {
            kw_vals.push((k.name.clone().unwrap(), self.expr(&k.value)));
        }
        let mut hold = |fl: &mut Self, e: Expr| -> Expr {
            if reorder && needs_temp(&e) {
                let t = fl.temp(e.ty.clone());
                let ty = e.ty.clone();
                let sp = e.span;
                lets.push((t, e));
                mk(ExprKind::Read(Place::Local(t)), ty, sp)
            } else {
                e
            }
        };
        let positional: Vec<usize> = (0..n).filter(|&i| params[i].kind != ParamKind::KeywordOnly).collect();
        let mut error: Option<String> = None;
        // Too many positional arguments: reported after the keyword errors,
        // as CPython binds keywords first.
        let too_many = (lowered.len() > positional.len()).then(|| {
            let n_dflt = positional.iter().filter(|&&i| params[i].default.is_some()).count();
            let kw_given = kws
                .iter()
                .filter(|k| params.iter().any(|p| Some(&p.name) == k.name.as_ref() && p.kind == ParamKind::KeywordOnly))
                .count();
            pyaot_registry::messages::too_many_positional(&fname, positional.len(), n_dflt, lowered.len(), kw_given)
        });
        for (k, e) in lowered.into_iter().enumerate() {
            let e = hold(self, e);
            if k < positional.len() {
                slots[positional[k]] = Some(e);
            }
        }
        for (name, e) in kw_vals {
            let e = hold(self, e);
            match params.iter().position(|p| p.name == name && p.kind != ParamKind::PositionalOnly) {
                Some(i) if slots[i].is_some() => {
                    error.get_or_insert(format!("{fname}() got multiple values for argument '{name}'"));
                }
                Some(i) => slots[i] = Some(e),
                None => {
                    error.get_or_insert(format!("{fname}() got an unexpected keyword argument '{name}'"));
                }
            }
        }
        if let Some(msg) = too_many {
            error.get_or_insert(msg);
        }
        let mut missing = Vec::new();
        let mut bound = Vec::new();
        for (i, slot) in slots.into_iter().enumerate() {
            let e = match slot {
                Some(e) => e,
                None => match self.env.funcs[id].defaults[i] {
                    Some(g) => {
                        let ty = self.env.globals[g].ty.clone();
                        mk(ExprKind::Read(Place::Global(g)), ty, span)
                    }
                    None => {
                        missing.push(params[i].name.clone());
                        continue;
                    }
                },
            };
            let mut changed = self.env.changed;
            super::Env::join_into(&mut self.env.funcs[id].params[i], &e.ty, &mut changed);
            self.env.changed = changed;
            let pty = self.env.funcs[id].params[i].clone();
            bound.push(self.coerce(e, &pty));
        }
        if !missing.is_empty() && error.is_none() {
            let names: Vec<&str> = missing.iter().map(|m| m.as_str()).collect();
            let list = pyaot_registry::messages::name_list(&names);
            error = Some(format!(
                "{fname}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            ));
        }
        let ret = self.env.funcs[id].ret.clone();
        let mut call = match error {
            Some(msg) => {
                let e = prim(&p::RAISE_TYPE_ERROR, vec![str_const(&msg, span)], Ty::Dyn, span);
                self.coerce(e, &ret)
            }
            None => mk(ExprKind::Call(id, bound), ret.clone(), span),
        };
        for (t, e) in lets.into_iter().rev() {
            self.assigned.insert(t);
            let ty = call.ty.clone();
            call = mk(ExprKind::Let(t, Box::new(e), Box::new(call)), ty, span);
        }
        call
    }
}
