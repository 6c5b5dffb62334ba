//! Expressions as Rust: constants, reads (borrowed or cloned), boxing and
//! unboxing, direct and speculative calls, and primitive calls spelled
//! from the registry's row (`rt::<path>(args)` or an operator).

use super::*;

impl FnGen<'_> {
    /// The expression as an owned value.
    pub(super) fn owned(&mut self, e: &Expr) -> TokenStream {
        let c = self.expr(e);
        let t = c.tokens;
        if c.place && !e.ty.is_copy() {
            quote!(#t.clone())
        } else {
            t
        }
    }

    /// The expression borrowed.
    pub(super) fn borrow(&mut self, e: &Expr) -> TokenStream {
        // An instance (or a module) is a `Value` already: boxing it to lend it is lending it.
        if let ExprKind::Box(x) = &e.kind {
            if matches!(x.ty, Ty::Obj { .. } | Ty::Module(_)) {
                return self.borrow(x);
            }
        }
        let t = self.expr(e).tokens;
        quote!(&#t)
    }

    pub(super) fn expr(&mut self, e: &Expr) -> Code {
        let line = self.line(e);
        let temp = |tokens: TokenStream| Code { tokens, place: false };
        match &e.kind {
            ExprKind::Int(v) if e.ty == Ty::MInt => temp(quote!(#v)),
            ExprKind::Int(v) => temp(quote!(Int::Small(#v))),
            ExprKind::BigInt(d) => temp(quote!(Int::parse_literal(#d))),
            ExprKind::Float(f) => temp(float_lit(*f)),
            ExprKind::Bool(b) => temp(quote!(#b)),
            ExprKind::None => temp(quote!(())),
            ExprKind::Str(s) => temp(quote!(rt::types::str::constant(#s))),
            ExprKind::Bytes(b) => {
                let lit = Literal::byte_string(b);
                temp(quote!(rt::types::bytes::literal(#lit)))
            }
            ExprKind::Class(c) => {
                let st = class_static(c);
                temp(quote!(Value::Type(&#st)))
            }
            ExprKind::Read(Place::Local(l)) => {
                let id = &self.locals[*l];
                if self.func.locals[*l].maybe_unbound {
                    let name = &self.func.locals[*l].name;
                    temp(self.check(quote!(rt::object::exc::read_local(&#id, #name)), line))
                } else {
                    Code { tokens: quote!(#id), place: true }
                }
            }
            ExprKind::Read(Place::Global(g)) => {
                let id = &self.names.globals[*g];
                let name = &self.prog.globals[*g].name;
                temp(self.check(quote!(rt::object::global::get(&#id, #name)), line))
            }
            ExprKind::Take(Place::Local(l)) => {
                let id = &self.locals[*l];
                if self.func.locals[*l].maybe_unbound {
                    let name = &self.func.locals[*l].name;
                    temp(self.check(quote!(rt::object::exc::take_local(&mut #id, #name)), line))
                } else {
                    temp(quote!(std::mem::take(&mut #id)))
                }
            }
            ExprKind::Take(Place::Global(g)) => {
                let id = &self.names.globals[*g];
                let name = &self.prog.globals[*g].name;
                temp(self.check(quote!(rt::object::global::take(&#id, #name)), line))
            }
            ExprKind::Prim(p, args) => temp(self.prim(p, args, line)),
            ExprKind::Call(f, args) => {
                let name = &self.names.funcs[*f];
                let args: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
                if self.fast() {
                    return temp(quote!(#name(#(#args),*)?));
                }
                temp(self.check(quote!(#name(#(#args),*)), line))
            }
            ExprKind::Speculate { fast, exact, args } => temp(self.speculate(*fast, *exact, args, &e.ty)),
            ExprKind::Box(x) => {
                let v = self.owned(x);
                temp(quote!(#v.into_value()))
            }
            ExprKind::Unbox(x) => {
                let v = self.borrow(x);
                let m = match &e.ty {
                    Ty::Int => quote!(to_int),
                    Ty::Float => quote!(to_f64),
                    Ty::Bool => quote!(to_bool),
                    Ty::None => quote!(to_unit),
                    Ty::Str => quote!(to_str),
                    Ty::List(_) => quote!(to_list),
                    Ty::Tuple(_) => quote!(to_tuple),
                    Ty::Dict => quote!(to_dict),
                    Ty::Set => quote!(to_set),
                    Ty::Range => quote!(to_range),
                    Ty::Iter => quote!(to_iter),
                    _ => return temp(self.owned(x)),
                };
                temp(self.check(quote!(Value::#m(#v)), line))
            }
            ExprKind::IfExp(c, a, b) => {
                let (c, a, b) = (self.owned(c), self.owned(a), self.owned(b));
                temp(quote!(if #c { #a } else { #b }))
            }
            ExprKind::Let(l, v, body) => {
                // The local is the Let's own: its value goes when the body
                // is done, as CPython drops a temporary (a `__del__` or the
                // cycle collector could tell the difference).
                let v = self.owned(v);
                let set = self.assign(Place::Local(*l), v);
                if self.func.locals[*l].ty.is_copy() {
                    let b = self.owned(body);
                    return temp(quote!({ #set #b }));
                }
                let id = self.locals[*l].clone();
                let (stmts, last) = match &body.kind {
                    ExprKind::Seq(stmts, last) => (self.block(stmts), &**last),
                    _ => (quote!(), &**body),
                };
                if matches!(last.kind, ExprKind::Read(Place::Local(r)) if r == *l)
                    && !self.func.locals[*l].maybe_unbound
                {
                    // The body ends by reading it: moved out.
                    return temp(quote!({ #set #stmts std::mem::take(&mut #id) }));
                }
                let b = self.owned(last);
                let release = self.unbind(Place::Local(*l));
                temp(quote!({ #set #stmts let __r = #b; #release __r }))
            }
            ExprKind::AssignExpr(place, v) => {
                let v = self.owned(v);
                let clone = if e.ty.is_copy() { quote!(__v) } else { quote!(__v.clone()) };
                let set = self.assign(*place, clone);
                temp(quote!({ let __v = #v; #set __v }))
            }
            ExprKind::Seq(stmts, v) => {
                let b = self.block(stmts);
                let v = self.owned(v);
                temp(quote!({ #b #v }))
            }
            ExprKind::Pack(items) => {
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                temp(quote!(vec![#(#items),*]))
            }
            ExprKind::Absent => temp(quote!(None)),
            ExprKind::Bound(l) => {
                let id = &self.locals[*l];
                temp(if self.func.locals[*l].maybe_unbound { quote!(#id.is_some()) } else { quote!(true) })
            }
            ExprKind::FuncRef(f) => {
                let name = &self.names.funcs[*f];
                temp(quote!(#name))
            }
            ExprKind::List(items) => {
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                temp(quote!(rt::types::list::from_vec(vec![#(#items),*])))
            }
            ExprKind::Tuple(items) => {
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                temp(quote!(rt::types::tuple::new(vec![#(#items),*])))
            }
            ExprKind::Dict(pairs) => {
                if pairs.is_empty() {
                    return temp(quote!(rt::types::dict::new()));
                }
                let pairs: Vec<TokenStream> = pairs
                    .iter()
                    .map(|(k, v)| {
                        let (k, v) = (self.owned(k), self.owned(v));
                        quote!((#k, #v))
                    })
                    .collect();
                temp(self.check(quote!(rt::types::dict::from_pairs(vec![#(#pairs),*])), line))
            }
            ExprKind::Set { items, constant } => {
                if items.is_empty() {
                    return temp(quote!(rt::types::set::new()));
                }
                let items: Vec<TokenStream> = items.iter().map(|i| self.owned(i)).collect();
                let f = if *constant { quote!(from_constants) } else { quote!(from_values) };
                temp(self.check(quote!(rt::types::set::#f(vec![#(#items),*])), line))
            }
        }
    }

    pub(super) fn fast(&self) -> bool {
        self.func.kind == FuncKind::Fast
    }

    /// The speculative twin with the arguments narrowed (an `int` that does
    /// not fit 64 bits skips it), else the exact version; an error of the
    /// exact version is already located in its own frame.
    pub(super) fn speculate(&mut self, fast: ir::FuncId, exact: ir::FuncId, args: &[Expr], ty: &Ty) -> TokenStream {
        let (fast, exact) = (&self.names.funcs[fast], &self.names.funcs[exact]);
        let mut narrowed = Vec::new();
        let mut binds = Vec::new();
        for (k, a) in args.iter().enumerate() {
            if a.ty == Ty::Int {
                let v = self.borrow(a);
                let id = format_ident!("__a{}", k);
                binds.push(quote!(let #id = rt::types::mint::narrow(#v)?;));
                narrowed.push(quote!(#id));
            } else {
                narrowed.push(self.owned(a));
            }
        }
        let widen = if *ty == Ty::Int { quote!(rt::types::mint::widen(__r)) } else { quote!(__r) };
        let exact_args: Vec<TokenStream> = args.iter().map(|a| self.owned(a)).collect();
        quote! {
            match (|| { #(#binds)* #fast(#(#narrowed),*) })() {
                Some(__r) => Ok(#widen),
                None => #exact(#(#exact_args),*),
            }?
        }
    }

    pub(super) fn prim(&mut self, p: &ir::Prim, args: &[Expr], line: TokenStream) -> TokenStream {
        if p.shape == Shape::Call && args.iter().zip(p.args.iter()).any(|(a, m)| self.borrows_temporary(a, *m)) {
            return self.prim_scoped(p, args, line);
        }
        let rendered: Vec<TokenStream> = args.iter().zip(p.args.iter()).map(|(a, m)| self.arg(a, *m)).collect();
        match p.shape {
            Shape::Infix(op) => {
                let op: TokenStream = op.parse().unwrap();
                let (a, b) = (&rendered[0], &rendered[1]);
                quote!((#a #op #b))
            }
            Shape::Prefix(op) => {
                let op: TokenStream = op.parse().unwrap();
                let a = &rendered[0];
                quote!((#op #a))
            }
            Shape::Call => self.call_prim(p, &rendered, line),
        }
    }

    /// `rt::<path>(args)`, with its error propagated as the primitive says.
    fn call_prim(&mut self, p: &ir::Prim, rendered: &[TokenStream], line: TokenStream) -> TokenStream {
        let path: TokenStream = p.path.parse().unwrap();
        let call = quote!(rt::#path(#(#rendered),*));
        if p.bails {
            quote!(#call?)
        } else if p.raises {
            self.check(call, line)
        } else {
            call
        }
    }

    /// Whether an argument is a borrowed object made for the call: Rust
    /// would keep it to the end of the enclosing statement, where Python
    /// lets go of it as soon as the call returns (its `__del__` can tell).
    fn borrows_temporary(&self, a: &Expr, m: Mode) -> bool {
        matches!(m, Mode::Ref | Mode::OptRef) && made_object(a)
    }

    /// A call whose arguments up to the last borrowed temporary are bound
    /// first, in order, inside a block that ends with the call, so the
    /// temporaries go as it returns (the later arguments are evaluated in
    /// the call, after them, as before).
    fn prim_scoped(&mut self, p: &ir::Prim, args: &[Expr], line: TokenStream) -> TokenStream {
        let last = args.iter().zip(p.args.iter()).rposition(|(a, m)| self.borrows_temporary(a, *m)).unwrap_or(0);
        let mut lets = Vec::new();
        let mut rendered = Vec::new();
        for (i, (a, m)) in args.iter().zip(p.args.iter()).enumerate() {
            if i > last {
                rendered.push(self.arg(a, *m));
                continue;
            }
            let id = format_ident!("__a{}", i);
            let (value, pass) = match m {
                Mode::Ref => (self.owned(a), quote!(&#id)),
                Mode::OptRef if !matches!(a.kind, ExprKind::Absent) => (self.owned(a), quote!(Some(&#id))),
                Mode::Own | Mode::Copy | Mode::Slice | Mode::Vec => (self.arg(a, *m), quote!(#id)),
                _ => {
                    rendered.push(self.arg(a, *m));
                    continue;
                }
            };
            lets.push(quote!(let #id = #value;));
            rendered.push(pass);
        }
        let call = self.call_prim(p, &rendered, line);
        quote!({ #(#lets)* #call })
    }

    pub(super) fn arg(&mut self, a: &Expr, m: Mode) -> TokenStream {
        match m {
            Mode::Ref => self.borrow(a),
            Mode::Own => self.owned(a),
            Mode::Copy => match &a.kind {
                ExprKind::Int(v) => {
                    let lit = Literal::i64_unsuffixed(*v);
                    quote!(#lit)
                }
                _ => self.owned(a),
            },
            Mode::OptRef => match &a.kind {
                ExprKind::Absent => quote!(None),
                _ => {
                    let b = self.borrow(a);
                    quote!(Some(#b))
                }
            },
            Mode::Slice => {
                let items = self.pack_items(a);
                quote!(&[#(#items),*])
            }
            Mode::Vec => {
                let items = self.pack_items(a);
                quote!(vec![#(#items),*])
            }
            Mode::Name => match &a.kind {
                ExprKind::Str(s) => quote!(#s),
                _ => unreachable!("Name argument must be a string constant"),
            },
            Mode::Names => {
                let names: Vec<&str> = match &a.kind {
                    ExprKind::Pack(items) => items
                        .iter()
                        .map(|i| match &i.kind {
                            ExprKind::Str(s) => s.as_str(),
                            _ => unreachable!("Names argument must hold string constants"),
                        })
                        .collect(),
                    _ => unreachable!("Names argument must be a pack"),
                };
                quote!(&[#(#names),*])
            }
            Mode::Code => match &a.kind {
                ExprKind::FuncRef(f) => {
                    let name = &self.names.funcs[*f];
                    quote!(rt::types::func::Code::Rust(#name))
                }
                _ => unreachable!("Code argument must be a function reference"),
            },
            Mode::Env => quote!(fobj),
            Mode::Site => {
                // Attribute sites' caches are the one kind of site so far.
                let t: TokenStream = format!("rt::{}", crate::ir::prims::Rt::SlotCache.rust_type()).parse().unwrap();
                quote!({
                    static SITE: #t = #t::new();
                    &SITE
                })
            }
            Mode::Path => match &a.kind {
                ExprKind::Str(s) => {
                    let path: TokenStream = s.parse().unwrap();
                    quote!(rt::#path)
                }
                _ => unreachable!("Path argument must be a string constant"),
            },
        }
    }

    pub(super) fn pack_items(&mut self, a: &Expr) -> Vec<TokenStream> {
        match &a.kind {
            ExprKind::Pack(items) => items.iter().map(|i| self.owned(i)).collect(),
            _ => unreachable!("pack argument must be a pack"),
        }
    }
}

/// Whether an expression's value may be the only reference to an object
/// made while evaluating it (not a variable's value, a constant or a
/// boxed scalar).
fn made_object(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Read(_) | ExprKind::Absent => false,
        ExprKind::Box(inner) => made_object(inner),
        _ => matches!(
            e.ty,
            Ty::List(_) | Ty::Tuple(_) | Ty::Dict | Ty::Set | Ty::Iter | Ty::Obj { .. } | Ty::Module(_) | Ty::Dyn
        ),
    }
}
