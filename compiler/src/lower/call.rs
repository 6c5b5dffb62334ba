//! Calls: to compiled functions (arguments bound to parameters at compile
//! time), to function values, to methods (of builtin types, with the
//! registry's result types; of other objects, dynamically), and to module
//! functions (the registry's direct primitives where the arguments are
//! floats). Calls of builtins by name are `builtins.rs`'s.

use super::builtins::{builtin_class, builtin_exception, is_builtin_function, is_unimplemented_builtin};
use super::expr::{mk, needs_temp, prim, str_const};
use super::FnLower;
use crate::ir::{prims as p, Expr, ExprKind, FuncId, LocalId, Place, Ty};
use crate::syntax::ast::{self, ParamKind, Span};

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

/// The name the lowering gives the marking of a logging call's receiver
/// (no Python name can be it).
const MARK: &str = ".pyaot_caller_mark";

impl FnLower<'_, '_> {
    /// `recv.name(args)` on a receiver of known type whose method the
    /// registry maps to a primitive (`methods::DIRECT`): called directly,
    /// without the dispatch by name.
    fn direct_method(
        &mut self,
        recv: Expr,
        name: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Option<Expr> {
        let ty = match recv.ty {
            Ty::Dict => "dict",
            Ty::Set => "set",
            _ => return None,
        };
        let pr = pyaot_registry::methods::direct(ty, name, args.len()).filter(|_| kws.is_empty())?;
        let mut vals = vec![recv];
        for a in args {
            let v = self.expr(a);
            vals.push(self.to_dyn(v));
        }
        let ty = if pr.ret == p::Rt::Unit { Ty::None } else { Ty::Dyn };
        Some(prim(pr, vals, ty, span))
    }

    /// The name CPython's frame has where code runs here (`funcName` of a
    /// logging record): the function's, `<module>`, `<lambda>`, or a
    /// comprehension's (`<listcomp>`).
    pub(super) fn caller_name(&self) -> String {
        match self.cx.frame {
            Some(k) => self.inlined[k].name.clone(),
            None => self.env.def(self.cx.scope_func).name.clone(),
        }
    }

    /// `recv.info(...)` (a method of `registry::modules::CALLER_METHODS`)
    /// in the program's own code when it uses `logging`: the receiver is
    /// marked with where the call is (`object::program::mark_caller`), for
    /// the record a logger makes.
    fn marked_receiver(&mut self, func: &ast::Expr) -> Option<ast::Expr> {
        let ast::ExprKind::Attribute { value, attr } = &func.kind else { return None };
        if !pyaot_registry::modules::CALLER_METHODS.contains(&attr.as_str())
            || self.env.hir.modules[self.module()].source.is_stdlib()
            || !self.env.hir.modules.iter().any(|m| m.source.name == "logging")
            || self.module_global(value).is_some()
            || matches!(&value.kind, ast::ExprKind::Call { func, .. } if matches!(&func.kind, ast::ExprKind::Name(n) if n == MARK))
        {
            return None;
        }
        // Of modules, `logging`'s functions are the ones marked.
        if let ast::ExprKind::Name(n) = &value.kind {
            if let Some(Place::Global(g)) = self.lookup(n) {
                if let Ty::Module(k) = self.env.globals[g].ty {
                    if self.env.hir.modules[k].source.name != "logging" {
                        return None;
                    }
                }
            }
        }
        let span = value.span;
        let mark = ast::Expr { kind: ast::ExprKind::Name(MARK.into()), span };
        let marked = ast::Expr {
            kind: ast::ExprKind::Call { func: Box::new(mark), args: vec![(**value).clone()], keywords: vec![] },
            span,
        };
        Some(ast::Expr {
            kind: ast::ExprKind::Attribute { value: Box::new(marked), attr: attr.clone() },
            span: func.span,
        })
    }

    pub(super) fn call(&mut self, func: &ast::Expr, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        if let Some(marked) = self.marked_receiver(func) {
            return self.call(&marked, args, kws, span);
        }
        if let (ast::ExprKind::Name(n), [recv]) = (&func.kind, args) {
            if n == MARK {
                let r = self.expr(recv);
                let r = self.to_dyn(r);
                let line = mk(ExprKind::Int(i64::from(span.line)), Ty::Int, span);
                let line = self.to_dyn(line);
                let name = self.caller_name();
                return prim(&p::CALLER_MARK, vec![r, line, str_const(&name, span)], Ty::Dyn, span);
            }
        }
        if args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_))) || kws.iter().any(|k| k.name.is_none()) {
            return self.call_unpacking(func, args, kws, span);
        }
        if let ast::ExprKind::Name(n) = &func.kind {
            if self.class_slot(n).is_some() {
                let callee = self.load(n, func.span);
                return self.call_value(callee, args, kws, span);
            }
            if let Some(id) = self.nested_callee(n, args, kws) {
                return self.call_nested(id, n, func.span, args, span);
            }
        }
        match &func.kind {
            // `super(C, obj)`: the explicit form, anywhere.
            ast::ExprKind::Name(n) if n == "super" && self.is_builtin("super") && args.len() == 2 && kws.is_empty() => {
                let class = self.expr(&args[0]);
                let class = self.to_dyn(class);
                let recv = self.expr(&args[1]);
                let recv = self.to_dyn(recv);
                prim(&p::SUPER, vec![class, recv], Ty::Dyn, span)
            }
            ast::ExprKind::Name(n) if n == "super" && self.is_builtin("super") => {
                let (Some(g), true, Some(d)) = (
                    self.env.funcs[self.cx.scope_func].class_global,
                    args.is_empty() && kws.is_empty(),
                    self.env.def(self.cx.scope_func).ast,
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
                None if args.is_empty() && kws.is_empty() && self.is_namespace_call(n) => self.namespace_call(n, span),
                None if n == "dir" && args.len() == 1 && kws.is_empty() => self.dir_of(&args[0], span),
                Some(Place::Global(g)) if self.tracked_class(n, g).is_some() => {
                    let c = self.tracked_class(n, g).unwrap();
                    self.instantiate(c, g, args, kws, span)
                }
                Some(Place::Global(g)) => match self.env.globals[g].ty {
                    Ty::Func(id) => {
                        let check = self.defined_check(g, n, func.span);
                        let call = self.call_function(id, None, args, kws, span);
                        self.after_check(check, call)
                    }
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
                None if pyaot_registry::names::module_of(n).is_some() => {
                    let module = pyaot_registry::names::module_of(n).unwrap();
                    self.call_builtin_in_module(module, n, args, kws, span)
                }
                None if is_unimplemented_builtin(n) => self.unsupported(func.span, &format!("the builtin '{n}'")),
                None => prim(&p::NAME_ERROR, vec![str_const(n, span)], Ty::Dyn, func.span),
            },
            ast::ExprKind::Attribute { value, attr } => {
                if let Some(refused) = self.missing_module_attr(value, attr, func.span) {
                    return refused;
                }
                if self.refuse_dict_write(value, Some(attr), func.span) {
                    return mk(ExprKind::None, Ty::None, span);
                }
                if let Some(f) = self.module_function(value, attr, args, kws) {
                    return self.call_module_function(f, value, attr, args, span);
                }
                if let Some(e) = self.call_program_module_attr(value, attr, args, kws, span) {
                    return e;
                }
                if let ast::ExprKind::Name(class) = &value.kind {
                    if let Some(e) = self.call_through_class(class, attr, args, kws, span) {
                        return e;
                    }
                }
                if let ast::ExprKind::Call { func: sf, args: sa, keywords: sk } = &value.kind {
                    if matches!(&sf.kind, ast::ExprKind::Name(n) if n == "super") && sa.is_empty() && sk.is_empty() {
                        if let Some(e) = self.call_super(attr, args, kws, span) {
                            return e;
                        }
                    }
                }
                let recv = self.expr(value);
                if let Some(e) = self.call_on_instance(&recv, attr, args, kws, span) {
                    return e;
                }
                if matches!(recv.ty, Ty::Dyn | Ty::Obj { .. }) {
                    self.env.note_dyn_method(attr);
                }
                if let (Ty::List(s), "append", 1, true) = (&recv.ty, attr.as_str(), args.len(), kws.is_empty()) {
                    // The commonest method, called directly.
                    let s = s.clone();
                    let v = self.expr(&args[0]);
                    let v = self.store_elem(&s, v);
                    return prim(&p::L_APPEND, vec![recv, v], Ty::None, span);
                }
                if let (Ty::Str, "split", true) = (&recv.ty, attr.as_str(), args.is_empty() && kws.is_empty()) {
                    // A new list of str, typed like a list display made here.
                    let sites = self.site(span);
                    self.env.write_elem(&sites, &Ty::Str);
                    return prim(&p::S_SPLIT_WS, vec![recv], Ty::List(sites), span);
                }
                if let (Ty::List(_), "pop", true) = (&recv.ty, attr.as_str(), args.is_empty() && kws.is_empty()) {
                    let ty = self.iter_item_ty(&recv.ty);
                    let e = prim(&p::L_POP_LAST, vec![recv], Ty::Dyn, span);
                    return self.coerce(e, &ty);
                }
                if let Some(e) = self.direct_method(recv.clone(), attr, args, kws, span) {
                    return e;
                }
                // A receiver not known yet has a result not known yet.
                let mut ty = match recv.ty {
                    Ty::Never => Ty::Never,
                    // None has no such method: the call raises.
                    Ty::None if !attr.starts_with("__") => Ty::Never,
                    _ => method_result(&recv.ty, attr),
                };
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
                        let v = match self.eager_genexp(&args[0], span) {
                            Some(v) => v,
                            None => self.expr(&args[0]),
                        };
                        let v = self.box_ro(v);
                        (mk(ExprKind::Pack(vec![v]), Ty::Dyn, span), mk(ExprKind::Pack(vec![]), Ty::Dyn, span))
                    }
                    _ => self.dyn_args(args, kws, span),
                };
                if recv.ty == Ty::Str && ty == Ty::List(crate::ir::ty::dyn_sites()) {
                    // `s.split()` and friends: a new list of str, typed like a
                    // list display made here (what the program stores into it joins).
                    let sites = self.site(span);
                    self.env.write_elem(&sites, &Ty::Str);
                    ty = Ty::List(sites);
                }
                let recv = self.box_ro(recv);
                let site = mk(ExprKind::Absent, Ty::Dyn, span);
                let e = prim(&p::CALL_METHOD, vec![recv, site, str_const(attr, span), vals, names], Ty::Dyn, span);
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
                // Bound at run time: whatever method it reaches (`instance.rs`).
                self.env.note_dyn_method(attr);
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
            // The module's function by name, straight to the module (its
            // arguments checked there), not through its attribute.
            let vals = vals.into_iter().map(|v| self.to_dyn(v)).collect();
            let (vals, names) = (mk(ExprKind::Pack(vals), Ty::Dyn, span), mk(ExprKind::Pack(vec![]), Ty::Dyn, span));
            let qualified = str_const(&format!("{}.{attr}", f.module), span);
            let call = prim(&p::CALL_MODULE_FUNCTION, vec![qualified, vals, names], Ty::Dyn, span);
            let t = self.temp(recv.ty.clone());
            self.assigned.insert(t);
            return mk(ExprKind::Let(t, Box::new(recv), Box::new(call)), Ty::Dyn, span);
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

    /// The nested function `name(args)` calls directly, if it does: `name`
    /// is a nested function's variable bound only by its `def`, the call
    /// passes every parameter positionally, and each variable the function
    /// captures is the one the same name is here (no local shadows it), so
    /// the cells here are its cells.
    fn nested_callee(&self, name: &str, args: &[ast::Expr], kws: &[ast::Keyword]) -> Option<FuncId> {
        let id = *self.env.nested_fns.get(&self.var_of(name)?)?;
        let def = self.env.def(id);
        let ok = kws.is_empty()
            && args.len() == def.ast?.params.len()
            && def.captured.iter().all(|c| {
                let theirs = self.free_var(id, c);
                theirs.is_some() && self.cell_var(c) == theirs
            });
        ok.then_some(id)
    }

    /// A direct call of nested function `id` (see [`Self::nested_callee`]):
    /// its variable is read first (unbound, it raises as the call would),
    /// then the call passes the cells here and the arguments.
    fn call_nested(&mut self, id: FuncId, name: &str, name_span: Span, args: &[ast::Expr], span: Span) -> Expr {
        let callee = self.load_quiet(name, name_span);
        let cells: Vec<Expr> = self
            .env
            .def(id)
            .captured
            .clone()
            .iter()
            .map(|c| self.cell(c, span).expect("a captured variable is a cell here"))
            .collect();
        let mut call = self.call_function(id, None, args, &[], span);
        if let ExprKind::Call(f, a) = &mut call.kind {
            debug_assert_eq!(*f, id);
            a.splice(0..0, cells);
        }
        let ty = call.ty.clone();
        let check = crate::ir::Stmt { kind: crate::ir::StmtKind::Expr(callee), span };
        mk(ExprKind::Seq(vec![check], Box::new(call)), ty, span)
    }

    /// A call to a compiled function: binds arguments to parameters here,
    /// raising CPython's TypeError at run time where the call cannot bind.
    /// `recv`, when given, is the first argument: a method's receiver.
    pub(super) fn call_function(
        &mut self,
        id: FuncId,
        recv: Option<Expr>,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Expr {
        let mut lowered: Vec<Expr> = recv.into_iter().collect();
        for a in args {
            lowered.push(self.expr(a));
        }
        let mut kw_vals = Vec::new();
        for k in kws {
            kw_vals.push((k.name.clone().unwrap(), self.expr(&k.value)));
        }
        let def = self.env.def(id);
        if def.module_level() && self.env.hir.modules[def.module].source.wants_callsite(&def.name) {
            // The call's own place is all pyaot knows: a `stacklevel`
            // naming a caller further up is refused.
            let position = def.ast.and_then(|d| d.params.iter().position(|p| p.name == "stacklevel"));
            let given = kws
                .iter()
                .find(|k| k.name.as_deref() == Some("stacklevel"))
                .map(|k| &k.value)
                .or_else(|| position.and_then(|i| args.get(i)));
            if given.is_some_and(|e| !matches!(&e.kind, ast::ExprKind::Constant(ast::Constant::Int(n)) if n == "1")) {
                let what = format!("{}() with a stacklevel other than 1 (pyaot keeps no call frames)", def.name);
                return self.unsupported(given.unwrap().span, &what);
            }
            let module = self.env.hir.modules[self.module()].source.name.clone();
            let line = mk(ExprKind::Int(i64::from(span.line)), Ty::Int, span);
            let site = vec![self.to_dyn(line), self.to_dyn(str_const(&module, span))];
            let site = mk(ExprKind::Tuple(site), Ty::Tuple(None), span);
            kw_vals.push(("_pyaot_callsite".to_string(), site));
        }
        self.bind_call(id, lowered, kw_vals, span)
    }

    /// A direct call of `id` with its arguments lowered (positional ones,
    /// then keywords, in evaluation order).
    pub(super) fn bind_call(
        &mut self,
        id: FuncId,
        lowered: Vec<Expr>,
        kw_vals: Vec<(String, Expr)>,
        span: Span,
    ) -> Expr {
        let def = self.env.def(id).ast.unwrap();
        // CPython names the function by its qualified name (`C.m() missing ...`).
        let fname = self.env.def(id).qualname.clone();
        let params = &def.params;
        let n = params.len();
        let mut slots: Vec<Option<Expr>> = vec![None; n];
        // Arguments are evaluated left to right; when binding reorders
        // them, the non-trivial ones are evaluated into temporaries first.
        let mut lets: Vec<(LocalId, Expr)> = Vec::new();
        let reorder = !kw_vals.is_empty();
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
            let kw_given = kw_vals
                .iter()
                .filter(|(k, _)| params.iter().any(|p| &p.name == k && p.kind == ParamKind::KeywordOnly))
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
            super::trace_widening(&self.env.funcs[id].params[i], &e.ty, || {
                format!(
                    "parameter '{}' of {fname}, at line {} in {}",
                    params[i].name,
                    span.line,
                    self.env.def(self.func).name
                )
            });
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
