//! Statements as Rust: assignments, structured control flow with labelled
//! loops, and exceptions: a raise inside `try` breaks out of a labelled
//! block carrying the error, `finally` runs on every exit (a `Flow` value
//! says which), and each call's error gets its traceback line.

use super::*;

impl FnGen<'_> {
    /// Raises an error value (already located) from the current position.
    pub(super) fn raise(&self, err: TokenStream) -> TokenStream {
        for c in self.ctx.iter().rev() {
            match c {
                Ctx::Try(l) => return quote!(break #l Err(#err)),
                Ctx::Finally(l) => return quote!(break #l rt::object::exc::Flow::Raise(#err)),
                Ctx::Loop(..) => {}
            }
        }
        quote!(return Err(#err))
    }

    pub(super) fn ret(&self, v: TokenStream) -> TokenStream {
        if self.fast() {
            return quote!(return Some(#v));
        }
        for c in self.ctx.iter().rev() {
            if let Ctx::Finally(l) = c {
                return quote!(break #l rt::object::exc::Flow::Return(#v));
            }
        }
        quote!(return Ok(#v))
    }

    pub(super) fn jump(&self, target: LoopId, is_break: bool) -> TokenStream {
        for c in self.ctx.iter().rev() {
            match c {
                Ctx::Loop(id, outer) if *id == target => {
                    let l = lifetime(format!("l{id}"));
                    return match (is_break, outer) {
                        (true, Some(o)) => quote!(break #o),
                        (true, None) => quote!(break #l),
                        (false, _) => quote!(continue #l),
                    };
                }
                Ctx::Finally(l) => {
                    let n = Literal::u32_unsuffixed(target.0);
                    return if is_break {
                        quote!(break #l rt::object::exc::Flow::Break(#n))
                    } else {
                        quote!(break #l rt::object::exc::Flow::Continue(#n))
                    };
                }
                _ => {}
            }
        }
        quote!(unreachable!("loop jump outside its loop"))
    }

    /// The traceback entries an error raised at `line` (a position:
    /// `Span::position`) records: the fused generator frames it is in
    /// (innermost first), then the function's.
    pub(super) fn at(&self, line: TokenStream) -> TokenStream {
        let mut out = TokenStream::new();
        let (mut frame, mut line) = (self.frame, line);
        while let Some(k) = frame {
            let id = format_ident!("I{}", k);
            out.extend(quote!(.at(&#id, #line)));
            let fr = &self.func.inlined[k];
            (frame, line) = (fr.parent, super::position(fr.span));
        }
        out.extend(quote!(.at(&F, #line)));
        out
    }

    /// Unwraps a `PyResult`, routing an error to the current handler.
    pub(super) fn check(&self, call: TokenStream, line: TokenStream) -> TokenStream {
        if self.fast() {
            return quote!(#call.ok()?);
        }
        if self.func.thunk {
            return quote!(#call?);
        }
        let raising_out = !self.ctx.iter().any(|c| matches!(c, Ctx::Try(_) | Ctx::Finally(_)));
        let at = self.at(line);
        if raising_out {
            return quote!(#call #at?);
        }
        let raise = self.raise(quote!(__e #at));
        quote!(match #call { Ok(__v) => __v, Err(__e) => #raise })
    }

    // ---- statements -----------------------------------------------------------

    pub(super) fn unbind(&mut self, place: Place) -> TokenStream {
        match place {
            Place::Local(l) => {
                let id = &self.locals[l];
                if self.func.locals[l].maybe_unbound {
                    quote!(#id = None;)
                } else if self.func.locals[l].ty.is_copy() {
                    quote!()
                } else {
                    quote!(#id = Default::default();)
                }
            }
            Place::Global(g) => {
                let id = &self.names.globals[g];
                quote!(rt::object::global::unset(&#id);)
            }
        }
    }

    pub(super) fn assign(&mut self, place: Place, value: TokenStream) -> TokenStream {
        match place {
            Place::Local(l) => {
                let id = &self.locals[l];
                if self.func.locals[l].maybe_unbound {
                    quote!(#id = Some(#value);)
                } else {
                    quote!(#id = #value;)
                }
            }
            Place::Global(g) => {
                let id = &self.names.globals[g];
                quote!(rt::object::global::set(&#id, #value);)
            }
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> TokenStream {
        let line = super::position(s.span);
        match &s.kind {
            StmtKind::Assign(place, e) => {
                let v = self.owned(e);
                self.assign(*place, v)
            }
            StmtKind::Expr(e) => {
                let v = self.expr(e).tokens;
                if e.ty == Ty::None {
                    quote!(#v;)
                } else {
                    quote!(let _ = #v;)
                }
            }
            StmtKind::If(c, a, b) => {
                let c = self.owned(c);
                let a = self.block(a);
                if b.is_empty() {
                    quote!(if #c { #a })
                } else {
                    let b = self.block(b);
                    quote!(if #c { #a } else { #b })
                }
            }
            StmtKind::While { label, cond, body, orelse } => {
                let l = lifetime(format!("l{label}"));
                let outer = (!orelse.is_empty()).then(|| lifetime(format!("b{label}")));
                let c = self.owned(cond);
                self.ctx.push(Ctx::Loop(*label, outer.clone()));
                let body = self.block(body);
                self.ctx.pop();
                let lp = if matches!(cond.kind, ExprKind::Bool(true)) {
                    quote!(#l: loop { #body })
                } else {
                    quote!(#l: while #c { #body })
                };
                self.with_else(lp, outer, orelse)
            }
            StmtKind::ForRange { label, var, start, stop, step, body, orelse } => {
                let l = lifetime(format!("l{label}"));
                let outer = (!orelse.is_empty()).then(|| lifetime(format!("b{label}")));
                let (a, b, c) = (self.borrow(start), self.borrow(stop), self.borrow(step));
                let (range, v) = if self.func.locals[*var].ty == Ty::MInt {
                    let (a, b, c) = (self.owned(start), self.owned(stop), self.owned(step));
                    (quote!(rt::types::mint::range(#a, #b, #c)?), self.assign(Place::Local(*var), quote!(__i)))
                } else {
                    (
                        self.check(quote!(rt::types::range::iter(#a, #b, #c)), line),
                        self.assign(Place::Local(*var), quote!(__i)),
                    )
                };
                self.ctx.push(Ctx::Loop(*label, outer.clone()));
                let body = self.block(body);
                self.ctx.pop();
                let lp = quote!(#l: for __i in #range { #v #body });
                self.with_else(lp, outer, orelse)
            }
            StmtKind::ForIter { label, var, iter, body, orelse } => {
                let l = lifetime(format!("l{label}"));
                let outer = (!orelse.is_empty()).then(|| lifetime(format!("b{label}")));
                let it = format_ident!("it_{}", label.0);
                let src = self.borrow(iter);
                let make = self.check(quote!(rt::types::iter::iter(#src)), line.clone());
                let next = self.check(quote!(rt::types::iter::next(&#it)), line);
                let v = self.assign(Place::Local(*var), quote!(__item));
                self.ctx.push(Ctx::Loop(*label, outer.clone()));
                let body = self.block(body);
                self.ctx.pop();
                let lp = quote! {
                    let #it = #make;
                    #l: while let Some(__item) = #next { #v #body }
                };
                self.with_else(quote!({ #lp }), outer, orelse)
            }
            StmtKind::Break(l) => {
                let j = self.jump(*l, true);
                quote!(#j;)
            }
            StmtKind::Continue(l) => {
                let j = self.jump(*l, false);
                quote!(#j;)
            }
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.owned(e),
                    None => quote!(()),
                };
                let r = self.ret(v);
                quote!(#r;)
            }
            StmtKind::Raise { exc, cause } => {
                let e = self.owned(exc);
                let err = match cause {
                    None => quote!(rt::types::exception::raise_value(#e)),
                    Some(c) => {
                        let c = self.owned(c);
                        quote!(rt::types::exception::raise_from(#e, #c))
                    }
                };
                let at = self.at(line);
                let r = self.raise(quote!(#err #at));
                quote!(#r;)
            }
            StmtKind::Reraise(l) => {
                let id = &self.locals[*l];
                let r = self.raise(quote!(rt::types::exception::raise_value(#id.clone())));
                quote!(#r;)
            }
            StmtKind::Try { body, handlers, orelse, finally } => self.try_stmt(s, body, handlers, orelse, finally),
            StmtKind::Bail => quote!(return None;),
            StmtKind::Unbind(place) => self.unbind(*place),
            StmtKind::InFrame(frame, b) => {
                let outer = std::mem::replace(&mut self.frame, *frame);
                let b = self.block(b);
                self.frame = outer;
                b
            }
        }
    }

    /// A loop with an `else` clause: `break` leaves the outer block and skips it.
    pub(super) fn with_else(&mut self, lp: TokenStream, outer: Option<syn::Lifetime>, orelse: &[Stmt]) -> TokenStream {
        match outer {
            None => lp,
            Some(o) => {
                let els = self.block(orelse);
                quote!(#o: { #lp #els })
            }
        }
    }

    pub(super) fn try_stmt(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ir::Handler],
        orelse: &[Stmt],
        finally: &[Stmt],
    ) -> TokenStream {
        // Named after the statement's position; code fusion copied gets a suffix.
        let mut n = format!("{}", s.span.line * 1000 + s.span.col);
        if !self.try_names.insert(n.clone()) {
            n = format!("{n}_{}", self.try_names.len());
            self.try_names.insert(n.clone());
        }
        if finally.is_empty() {
            return self.try_except(&n, body, handlers, orelse);
        }
        let fl = lifetime(format!("f{n}"));
        let flow = format_ident!("flow_{}", n);
        let ret = rust_ty(&self.func.ret);
        self.ctx.push(Ctx::Finally(fl.clone()));
        let inner = if handlers.is_empty() && orelse.is_empty() {
            self.block(body)
        } else {
            self.try_except(&n, body, handlers, orelse)
        };
        self.ctx.pop();
        let fin = self.block(finally);
        let r = self.ret(quote!(__v));
        let raise = self.raise(quote!(__e));
        let loops: Vec<LoopId> =
            self.ctx.iter().filter_map(|c| if let Ctx::Loop(id, _) = c { Some(*id) } else { None }).collect();
        // Resumes a `break`/`continue` that left the protected region.
        let resume = |g: &Self, is_break: bool| -> Vec<TokenStream> {
            loops
                .iter()
                .map(|&id| {
                    let k = Literal::u32_unsuffixed(id.0);
                    let j = g.jump(id, is_break);
                    quote!(#k => #j,)
                })
                .collect()
        };
        let (breaks, conts) = (resume(self, true), resume(self, false));
        quote! {
            let #flow: rt::object::exc::Flow<#ret> = #fl: { #inner rt::object::exc::Flow::Normal };
            #fin
            match #flow {
                rt::object::exc::Flow::Normal => {}
                rt::object::exc::Flow::Return(__v) => { #r; }
                rt::object::exc::Flow::Raise(__e) => { #raise; }
                rt::object::exc::Flow::Break(__n) => match __n { #(#breaks)* _ => unreachable!() },
                rt::object::exc::Flow::Continue(__n) => match __n { #(#conts)* _ => unreachable!() },
            };
        }
    }

    pub(super) fn try_except(
        &mut self,
        n: &str,
        body: &[Stmt],
        handlers: &[ir::Handler],
        orelse: &[Stmt],
    ) -> TokenStream {
        let tl = lifetime(format!("t{n}"));
        let res = format_ident!("r_{}", n);
        self.ctx.push(Ctx::Try(tl.clone()));
        let b = self.block(body);
        self.ctx.pop();
        let els = self.block(orelse);
        let mut chain = self.raise(quote!(__err));
        chain = quote!({ #chain; });
        for h in handlers.iter().rev() {
            let exc = self.locals[h.exc_local].clone();
            let hb = self.block(&h.body);
            let arm = quote!({ #exc = __err.value(); #hb });
            if h.classes.is_empty() {
                chain = arm;
            } else {
                let tests = h.classes.iter().map(|c| {
                    let st = class_static(c);
                    quote!(__err.matches(&#st))
                });
                chain = quote!(if #(#tests)||* #arm else #chain);
            }
        }
        quote! {
            let #res: PyResult<()> = #tl: { #b Ok(()) };
            match #res {
                Ok(()) => { #els }
                Err(__err) => #chain
            };
        }
    }

    // ---- expressions ------------------------------------------------------------
}
