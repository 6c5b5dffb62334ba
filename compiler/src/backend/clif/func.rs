//! One IR function -> Cranelift IR, with `cranelift-frontend`'s builder.
//!
//! Scalar locals are SSA variables; object locals live in zeroed 16-byte
//! stack slots (the runtime's all-zero value is empty, so dropping a slot
//! that was never assigned is a no-op). Expressions produce a [`Val`]: a
//! scalar, nothing (`None`), or the address of an object that is either
//! borrowed (a variable's slot) or an owned temporary the consumer must
//! move or drop. Errors are words (see `rt/src/capi.rs`): a raising call
//! is followed by a branch to the innermost handler, `finally` region, or
//! the function's error exit, which drops the locals and returns the word.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, Block, FuncRef, InstBuilder, MemFlags, StackSlot, StackSlotData, StackSlotKind, TrapCode, Type, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module;

use super::abi::{
    Obj, Repr, LIST_FLAG, LIST_LEN, LIST_PTR, PTR, SLOT, TAG_BIG, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_LIST,
};
use super::Shared;
use crate::ir::{self, prims::Shape, Expr, ExprKind, Func, FuncKind, LocalId, LoopId, Mode, Place, Stmt, StmtKind, Ty};

/// A value produced by an expression.
#[derive(Clone, Copy)]
pub enum Val {
    Unit,
    Scalar(Value),
    Obj { addr: Value, owned: bool, kind: Obj },
}

/// Where a local lives.
#[derive(Clone, Copy)]
enum Home {
    None,
    Var(Variable),
    Slot(cranelift_codegen::ir::StackSlot, Obj),
}

#[derive(Clone)]
enum Ctx {
    /// `iter`: a `for` loop's iterator slot, released when a jump or an
    /// error leaves the loop other than through its exit (where the loop
    /// releases it itself).
    Loop { id: LoopId, brk: Block, cont: Block, iter: Option<StackSlot> },
    /// Errors go to this block (parameter: the error word).
    Try(Block),
    /// Every exit of the region records how it left and runs `fin`.
    Finally { fin: Block, flow: Variable, err: Variable, target: Variable },
}

const FLOW_NORMAL: i64 = 0;
const FLOW_RETURN: i64 = 1;
const FLOW_RAISE: i64 = 2;
const FLOW_BREAK: i64 = 3;
const FLOW_CONTINUE: i64 = 4;

pub struct FnGen<'a, 'b, 'p, M: Module> {
    pub sh: &'a mut Shared<'p, M>,
    pub b: FunctionBuilder<'b>,
    pub func: &'a Func,
    pub id: usize,
    homes: Vec<Home>,
    bound: Vec<Option<Variable>>,
    /// Slots dropped on every exit: object locals, the return value, iterators.
    owned_slots: Vec<(cranelift_codegen::ir::StackSlot, Obj)>,
    ctx: Vec<Ctx>,
    refs: HashMap<String, FuncRef>,
    exit_ok: Block,
    exit_err: Block,
    ret_home: Home,
    out_ptr: Option<Value>,
    /// A `Boxed` function's own function object (for `Mode::Env`).
    fobj: Option<Value>,
    name: (Value, Value),
    /// The names of the fused generator frames (`Func::inlined`).
    frame_names: Vec<(Value, Value)>,
    /// The fused generator frame being emitted, if any.
    frame: Option<usize>,
}

impl<'a, 'b, 'p, M: Module> FnGen<'a, 'b, 'p, M> {
    pub fn new(sh: &'a mut Shared<'p, M>, mut b: FunctionBuilder<'b>, func: &'a Func, id: usize) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let exit_ok = b.create_block();
        let exit_err = b.create_block();
        b.append_block_param(exit_err, PTR);
        let mut g = FnGen {
            sh,
            b,
            func,
            id,
            homes: Vec::new(),
            bound: Vec::new(),
            owned_slots: Vec::new(),
            ctx: Vec::new(),
            refs: HashMap::new(),
            exit_ok,
            exit_err,
            ret_home: Home::None,
            out_ptr: None,
            fobj: None,
            name: (Value::from_u32(0), Value::from_u32(0)),
            frame_names: Vec::new(),
            frame: None,
        };
        g.name = g.str_const(func.name.as_bytes());
        g.frame_names = func.inlined.iter().map(|fr| g.str_const(fr.name.as_bytes())).collect();
        g
    }

    fn fast(&self) -> bool {
        self.func.kind == FuncKind::Fast
    }

    // ---- small helpers --------------------------------------------------------

    fn slot(&mut self) -> cranelift_codegen::ir::StackSlot {
        self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, SLOT, 3))
    }

    fn temp(&mut self) -> Value {
        let s = self.slot();
        self.b.ins().stack_addr(PTR, s, 0)
    }

    fn iconst(&mut self, t: Type, v: i64) -> Value {
        self.b.ins().iconst(t, v)
    }

    fn load(&mut self, t: Type, addr: Value, off: i32) -> Value {
        self.b.ins().load(t, MemFlags::trusted(), addr, off)
    }

    fn store(&mut self, v: Value, addr: Value, off: i32) {
        self.b.ins().store(MemFlags::trusted(), v, addr, off);
    }

    fn copy16(&mut self, from: Value, to: Value) {
        let a = self.load(types::I64, from, 0);
        let c = self.load(types::I64, from, 8);
        self.store(a, to, 0);
        self.store(c, to, 8);
    }

    fn zero16(&mut self, to: Value) {
        let z = self.iconst(types::I64, 0);
        self.store(z, to, 0);
        self.store(z, to, 8);
    }

    /// A string constant of the program: (address, length).
    fn str_const(&mut self, s: &[u8]) -> (Value, Value) {
        let id = self.sh.string(s);
        let gv = self.sh.module.declare_data_in_func(id, self.b.func);
        let p = self.b.ins().symbol_value(PTR, gv);
        let n = self.iconst(PTR, s.len() as i64);
        (p, n)
    }

    /// Calls a runtime function by symbol.
    fn rt(&mut self, name: &str, args: &[Value], rets: &[Type]) -> Vec<Value> {
        let f = match self.refs.get(name) {
            Some(f) => *f,
            None => {
                let params: Vec<Type> = args.iter().map(|a| self.b.func.dfg.value_type(*a)).collect();
                let id = self.sh.runtime(name, &params, rets);
                let f = self.sh.module.declare_func_in_func(id, self.b.func);
                self.refs.insert(name.to_string(), f);
                f
            }
        };
        let call = self.b.ins().call(f, args);
        self.b.inst_results(call).to_vec()
    }

    /// Starts a fresh block for code after a terminator (it has no predecessors).
    fn dead(&mut self) {
        let b = self.b.create_block();
        self.b.switch_to_block(b);
    }

    // ---- ownership ----------------------------------------------------------------

    /// Drops the object at `addr` (no-op for an empty one).
    fn drop_obj(&mut self, addr: Value, kind: Obj) {
        if kind.is_handle() {
            return self.drop_handle(addr, kind);
        }
        let needs = match kind {
            Obj::Value => {
                // Tags 0..=2 (None, Bool, Int) own nothing.
                let tag = self.load(types::I8, addr, 0);
                self.b.ins().icmp_imm(IntCC::UnsignedGreaterThan, tag, 2)
            }
            _ => {
                let w = self.load(types::I64, addr, 0);
                self.b.ins().icmp_imm(IntCC::NotEqual, w, 0)
            }
        };
        let call = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(needs, call, &[], done, &[]);
        self.b.switch_to_block(call);
        self.rt(&format!("pyaot_drop_{}", kind.name()), &[addr], &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Drops a handle: the `Rc`'s strong count (its allocation's first word)
    /// goes down inline; the runtime runs only when it reaches zero.
    fn drop_handle(&mut self, addr: Value, kind: Obj) {
        let h = self.load(PTR, addr, 0);
        let (live, last, dec, done) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().brif(h, live, &[], done, &[]);
        self.b.switch_to_block(live);
        let n = self.load(types::I64, h, 0);
        let one = self.b.ins().icmp_imm(IntCC::Equal, n, 1);
        self.b.ins().brif(one, last, &[], dec, &[]);
        self.b.switch_to_block(dec);
        let n1 = self.b.ins().iadd_imm(n, -1);
        self.store(n1, h, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(last);
        self.rt(&format!("pyaot_drop_{}", kind.name()), &[addr], &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// A new owned copy of the object at `addr`.
    fn clone_obj(&mut self, addr: Value, kind: Obj) -> Value {
        let out = self.temp();
        if kind.is_handle() {
            // One more reference: the strong count goes up (a handle read
            // from a variable is never empty).
            let h = self.load(PTR, addr, 0);
            let n = self.load(types::I64, h, 0);
            let n1 = self.b.ins().iadd_imm(n, 1);
            self.store(n1, h, 0);
            self.store(h, out, 0);
            return out;
        }
        let plain = match kind {
            Obj::Int => {
                let tag = self.load(types::I64, addr, 0);
                Some(self.b.ins().icmp_imm(IntCC::Equal, tag, 0))
            }
            Obj::Value => {
                let tag = self.load(types::I8, addr, 0);
                Some(self.b.ins().icmp_imm(IntCC::UnsignedLessThanOrEqual, tag, 2))
            }
            _ => None,
        };
        match plain {
            Some(c) => {
                let copy = self.b.create_block();
                let call = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(c, copy, &[], call, &[]);
                self.b.switch_to_block(copy);
                self.copy16(addr, out);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(call);
                self.rt(&format!("pyaot_clone_{}", kind.name()), &[addr, out], &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            None => {
                self.rt(&format!("pyaot_clone_{}", kind.name()), &[addr, out], &[]);
            }
        }
        out
    }

    /// Drops an owned temporary; borrowed places and scalars stay.
    fn release(&mut self, v: Val) {
        if let Val::Obj { addr, owned: true, kind } = v {
            self.drop_obj(addr, kind);
        }
    }

    fn own(&mut self, v: Val) -> Val {
        match v {
            Val::Obj { addr, owned: false, kind } => Val::Obj { addr: self.clone_obj(addr, kind), owned: true, kind },
            v => v,
        }
    }

    fn owned(&mut self, e: &Expr) -> Val {
        let v = self.expr(e);
        self.own(v)
    }

    /// The address of a value passed by reference (scalars are spilled).
    fn addr(&mut self, v: Val) -> Value {
        match v {
            Val::Obj { addr, .. } => addr,
            Val::Scalar(s) => {
                let t = self.temp();
                self.store(s, t, 0);
                t
            }
            Val::Unit => self.temp(),
        }
    }

    fn scalar(&mut self, v: Val) -> Value {
        match v {
            Val::Scalar(s) => s,
            _ => unreachable!("a scalar was expected"),
        }
    }

    // ---- function frame -------------------------------------------------------------

    pub fn function(mut self) {
        let f = self.func;
        let params: Vec<Value> = self.b.block_params(self.b.current_block().unwrap()).to_vec();
        for l in &f.locals {
            let home = self.home(Repr::of(&l.ty));
            self.homes.push(home);
            let flag = if l.maybe_unbound {
                let v = self.b.declare_var(types::I8);
                let z = self.iconst(types::I8, 0);
                self.b.def_var(v, z);
                Some(v)
            } else {
                None
            };
            self.bound.push(flag);
        }
        let ret = Repr::of(&f.ret);
        self.ret_home = self.home(ret);
        // Every slot the frame drops is zeroed first, in a block filled in
        // last, when code generation has made all of them (loops add
        // iterator slots).
        let zero_blk = self.b.create_block();
        let body_blk = self.b.create_block();
        self.b.ins().jump(zero_blk, &[]);
        self.b.switch_to_block(body_blk);
        if f.kind == FuncKind::Boxed {
            // (function object, bound arguments, count, result): each
            // argument is moved into its parameter's slot.
            self.fobj = Some(params[0]);
            for (i, &p) in f.params.iter().enumerate() {
                if let Home::Slot(s, _) = self.homes[p] {
                    let a = self.b.ins().stack_addr(PTR, s, 0);
                    let from = self.b.ins().iadd_imm(params[1], (i as u32 * SLOT) as i64);
                    self.copy16(from, a);
                }
            }
            self.out_ptr = Some(params[3]);
        } else {
            let mut k = 0;
            for &p in &f.params {
                match self.homes[p] {
                    Home::None => {}
                    Home::Var(v) => {
                        self.b.def_var(v, params[k]);
                        k += 1;
                    }
                    Home::Slot(s, _) => {
                        let a = self.b.ins().stack_addr(PTR, s, 0);
                        self.copy16(params[k], a);
                        k += 1;
                    }
                }
            }
            if !self.fast() && ret.obj().is_some() {
                self.out_ptr = Some(params[k]);
            }
        }
        self.frame_enter();
        self.block(&f.body);
        // The lowering ends every function that can fall off its end with a
        // `return`; the module body just ends.
        if self.id == 0 {
            self.b.ins().jump(self.exit_ok, &[]);
        } else {
            self.b.ins().trap(TrapCode::unwrap_user(1));
        }
        self.b.switch_to_block(zero_blk);
        for (s, _) in self.owned_slots.clone() {
            let a = self.b.ins().stack_addr(PTR, s, 0);
            self.zero16(a);
        }
        self.b.ins().jump(body_blk, &[]);
        self.exits();
        self.b.seal_all_blocks();
        self.b.finalize();
    }

    /// Storage for a variable (or the return value): a zeroed SSA variable
    /// for a scalar, a slot the frame drops for an object.
    fn home(&mut self, r: Repr) -> Home {
        match r {
            Repr::Unit => Home::None,
            Repr::Obj(k) => {
                let s = self.slot();
                self.owned_slots.push((s, k));
                Home::Slot(s, k)
            }
            r => {
                let v = self.b.declare_var(r.scalar().unwrap());
                let z = self.zero(r);
                self.b.def_var(v, z);
                Home::Var(v)
            }
        }
    }

    fn zero(&mut self, r: Repr) -> Value {
        match r {
            Repr::F64 => self.b.ins().f64const(0.0),
            Repr::Bool => self.iconst(types::I8, 0),
            _ => self.iconst(types::I64, 0),
        }
    }

    /// The address of a runtime static.
    fn runtime_data(&mut self, name: &'static str) -> Value {
        let id = self.sh.runtime_data(name);
        let gv = self.sh.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(PTR, gv)
    }

    /// Counts this frame against the recursion limit and checks the native
    /// stack (`rt::program::enter`): RecursionError (or a bail) instead of
    /// going deeper.
    fn frame_enter(&mut self) {
        let left_addr = self.runtime_data("PYAOT_FRAMES_LEFT");
        let left = self.load(PTR, left_addr, 0);
        let floor_addr = self.runtime_data("PYAOT_STACK_FLOOR");
        let floor = self.load(PTR, floor_addr, 0);
        let sp = self.b.ins().get_stack_pointer(PTR);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, floor);
        let none = self.b.ins().icmp_imm(IntCC::Equal, left, 0);
        let stop = self.b.ins().bor(low, none);
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(stop, bad, &[], ok, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        if self.fast() {
            // Not entered: return without giving a frame back.
            self.bail_ret();
        } else {
            let e = self.rt("pyaot_recursion_error", &[], &[PTR])[0];
            let e = self.locate(e, self.func.span.line);
            // The error exit gives a frame back: take one first.
            self.frame_count(-1);
            self.b.ins().jump(self.exit_err, &[e.into()]);
        }
        self.b.switch_to_block(ok);
        self.frame_count(-1);
    }

    /// Adds `delta` to the frames left (-1 on entry, +1 at every exit).
    fn frame_count(&mut self, delta: i64) {
        let addr = self.runtime_data("PYAOT_FRAMES_LEFT");
        let left = self.load(PTR, addr, 0);
        let left = self.b.ins().iadd_imm(left, delta);
        self.b.ins().store(MemFlags::trusted(), left, addr, 0);
    }

    fn exits(&mut self) {
        if self.fast() {
            // Speculative functions return directly and own no objects.
            for blk in [self.exit_ok, self.exit_err] {
                self.b.switch_to_block(blk);
                self.b.ins().trap(TrapCode::unwrap_user(1));
            }
            return;
        }
        // Normal exit: the result moves out first, then the frame is dropped.
        self.b.switch_to_block(self.exit_ok);
        let mut rets = vec![self.iconst(PTR, 0)];
        match self.ret_home {
            Home::Var(v) => rets.push(self.b.use_var(v)),
            Home::Slot(s, _) => {
                let a = self.b.ins().stack_addr(PTR, s, 0);
                let out = self.out_ptr.unwrap();
                self.copy16(a, out);
                self.zero16(a);
            }
            Home::None => {}
        }
        self.drop_frame();
        self.frame_count(1);
        self.b.ins().return_(&rets);
        // Error exit.
        self.b.switch_to_block(self.exit_err);
        let e = self.b.block_params(self.exit_err)[0];
        self.drop_frame();
        self.frame_count(1);
        let mut rets = vec![e];
        let ret = Repr::of(&self.func.ret);
        if ret.scalar().is_some() {
            rets.push(self.zero(ret));
        }
        self.b.ins().return_(&rets);
    }

    fn drop_frame(&mut self) {
        for (s, k) in self.owned_slots.clone() {
            let a = self.b.ins().stack_addr(PTR, s, 0);
            self.drop_obj(a, k);
        }
    }

    // ---- control transfers ---------------------------------------------------------

    /// Leaves a speculative function without a result.
    fn bail(&mut self) {
        self.frame_count(1);
        self.bail_ret();
    }

    /// A speculative function's bail return, without the frame bookkeeping.
    fn bail_ret(&mut self) {
        let z = self.iconst(types::I8, 0);
        let mut rets = vec![z];
        if let Some(t) = Repr::of(&self.func.ret).scalar() {
            let r = match t {
                types::F64 => self.b.ins().f64const(0.0),
                t => self.iconst(t, 0),
            };
            rets.push(r);
        }
        self.b.ins().return_(&rets);
    }

    /// Adds this frame and line to an error's traceback (after the fused
    /// generator frames it is in, innermost first).
    fn locate(&mut self, mut e: Value, line: u32) -> Value {
        let (mut frame, mut line) = (self.frame, line);
        while let Some(k) = frame {
            let (p, n) = self.frame_names[k];
            let l = self.iconst(types::I32, line as i64);
            e = self.rt("pyaot_err_at", &[e, p, n, l], &[PTR])[0];
            let fr = &self.func.inlined[k];
            (frame, line) = (fr.parent, fr.line);
        }
        let (p, n) = self.name;
        let l = self.iconst(types::I32, line as i64);
        self.rt("pyaot_err_at", &[e, p, n, l], &[PTR])[0]
    }

    /// Routes an (already located) error from here; ends the block.
    fn raise(&mut self, e: Value) {
        for c in self.ctx.clone().iter().rev() {
            match c {
                Ctx::Try(h) => {
                    self.b.ins().jump(*h, &[e.into()]);
                    return;
                }
                Ctx::Finally { fin, flow, err, .. } => {
                    let f = self.iconst(types::I64, FLOW_RAISE);
                    self.b.def_var(*flow, f);
                    self.b.def_var(*err, e);
                    self.b.ins().jump(*fin, &[]);
                    return;
                }
                Ctx::Loop { iter: Some(s), .. } => self.release_iter(*s),
                Ctx::Loop { .. } => {}
            }
        }
        self.b.ins().jump(self.exit_err, &[e.into()]);
    }

    /// Continues after a raising call: an error word goes to the handler.
    fn check(&mut self, e: Value, line: u32) {
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(e, bad, &[], ok, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        if self.fast() {
            self.rt("pyaot_drop_err", &[e], &[]);
            self.bail();
        } else {
            let e = self.locate(e, line);
            self.raise(e);
        }
        self.b.switch_to_block(ok);
    }

    /// Continues after a bailing call (completed flag `ok`).
    fn check_bail(&mut self, ok: Value) {
        let bad = self.b.create_block();
        let good = self.b.create_block();
        self.b.ins().brif(ok, good, &[], bad, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        self.bail();
        self.b.switch_to_block(good);
    }

    /// `return` with the value already stored in the return home.
    fn route_return(&mut self, skip: usize) {
        for c in self.ctx[..self.ctx.len() - skip].to_vec().iter().rev() {
            if let Ctx::Finally { fin, flow, .. } = c {
                let f = self.iconst(types::I64, FLOW_RETURN);
                self.b.def_var(*flow, f);
                self.b.ins().jump(*fin, &[]);
                return;
            }
        }
        self.b.ins().jump(self.exit_ok, &[]);
    }

    fn ret(&mut self, v: Val) {
        match (self.ret_home, v) {
            (Home::Var(var), Val::Scalar(s)) => self.b.def_var(var, s),
            (Home::Slot(s, k), Val::Obj { addr, .. }) => {
                let a = self.b.ins().stack_addr(PTR, s, 0);
                self.drop_obj(a, k);
                self.copy16(addr, a);
            }
            _ => {}
        }
        self.route_return(0);
    }

    /// `break`/`continue` to loop `target`, from the innermost `skip`-less context.
    fn jump(&mut self, target: LoopId, is_break: bool, skip: usize) {
        for c in self.ctx[..self.ctx.len() - skip].to_vec().iter().rev() {
            match c {
                Ctx::Loop { id, brk, cont, .. } if *id == target => {
                    let to = if is_break { *brk } else { *cont };
                    self.b.ins().jump(to, &[]);
                    return;
                }
                Ctx::Loop { iter: Some(s), .. } => self.release_iter(*s),
                Ctx::Finally { fin, flow, target: t, .. } => {
                    let f = self.iconst(types::I64, if is_break { FLOW_BREAK } else { FLOW_CONTINUE });
                    self.b.def_var(*flow, f);
                    let n = self.iconst(types::I64, target as i64);
                    self.b.def_var(*t, n);
                    self.b.ins().jump(*fin, &[]);
                    return;
                }
                _ => {}
            }
        }
        self.b.ins().trap(TrapCode::unwrap_user(2));
    }

    // ---- statements -------------------------------------------------------------------

    fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    /// Stores an owned value into a place, dropping what it held.
    fn assign(&mut self, place: Place, v: Val) {
        match place {
            Place::Local(l) => {
                if let Some(flag) = self.bound[l] {
                    let one = self.iconst(types::I8, 1);
                    self.b.def_var(flag, one);
                }
                match (self.homes[l], v) {
                    (Home::Var(var), Val::Scalar(s)) => self.b.def_var(var, s),
                    (Home::Slot(s, k), Val::Obj { addr, .. }) => {
                        let a = self.b.ins().stack_addr(PTR, s, 0);
                        self.drop_obj(a, k);
                        self.copy16(addr, a);
                    }
                    _ => {}
                }
            }
            Place::Global(g) => {
                let a = self.global_addr(g);
                match v {
                    Val::Scalar(s) => self.store(s, a, 0),
                    Val::Obj { addr, kind, .. } => {
                        self.drop_obj(a, kind);
                        self.copy16(addr, a);
                    }
                    Val::Unit => {}
                }
                let one = self.iconst(types::I8, 1);
                self.store(one, a, 16);
            }
        }
    }

    /// `del name`: the value is dropped and the variable marked unbound.
    fn unbind(&mut self, place: Place) {
        match place {
            Place::Local(l) => {
                if let Some(flag) = self.bound[l] {
                    let zero = self.iconst(types::I8, 0);
                    self.b.def_var(flag, zero);
                }
                if let Home::Slot(s, k) = self.homes[l] {
                    let a = self.b.ins().stack_addr(PTR, s, 0);
                    self.drop_obj(a, k);
                    self.zero16(a);
                }
            }
            Place::Global(g) => {
                let a = self.global_addr(g);
                if let Repr::Obj(kind) = Repr::of(&self.sh.prog.globals[g].ty) {
                    self.drop_obj(a, kind);
                    self.zero16(a);
                }
                let zero = self.iconst(types::I8, 0);
                self.store(zero, a, 16);
            }
        }
    }

    fn global_addr(&mut self, g: usize) -> Value {
        let id = self.sh.global(g);
        let gv = self.sh.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(PTR, gv)
    }

    fn stmt(&mut self, s: &Stmt) {
        let line = s.span.line;
        match &s.kind {
            StmtKind::Assign(place, e) => {
                let v = self.owned(e);
                self.assign(*place, v);
            }
            StmtKind::Expr(e) => {
                let v = self.expr(e);
                self.release(v);
            }
            StmtKind::Unbind(place) => self.unbind(*place),
            StmtKind::InFrame(frame, b) => {
                let outer = std::mem::replace(&mut self.frame, *frame);
                self.block(b);
                self.frame = outer;
            }
            StmtKind::If(c, a, b) => {
                let c = self.expr(c);
                let c = self.scalar(c);
                let (tb, eb, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                self.block(a);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(eb);
                self.block(b);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
            }
            StmtKind::While { label, cond, body, orelse } => {
                self.emit_loop(
                    *label,
                    None,
                    body,
                    orelse,
                    |g, bodyb, elseb| {
                        let c = g.expr(cond);
                        let c = g.scalar(c);
                        g.b.ins().brif(c, bodyb, &[], elseb, &[]);
                    },
                    |_, ()| {},
                );
            }
            StmtKind::ForRange { label, var, start, stop, step, body, orelse } => {
                // The loop counter (`range::Steps`: next, left, step) gets its own 24-byte slot.
                let s = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 24, 3));
                let (a, b, c) = (self.expr(start), self.expr(stop), self.expr(step));
                let mint = self.func.locals[*var].ty == Ty::MInt;
                let big = if mint {
                    let (a, b, c) = (self.scalar(a), self.scalar(b), self.scalar(c));
                    let steps = self.b.ins().stack_addr(PTR, s, 0);
                    let ok = self.rt("pyaot_mint_range", &[a, b, c, steps], &[types::I8])[0];
                    self.check_bail(ok);
                    None
                } else {
                    // A range beyond machine words hands its values out of an
                    // iterator in this slot (the counter's step is 0 then).
                    let big = self.slot();
                    self.owned_slots.push((big, Obj::Iter));
                    let it = self.b.ins().stack_addr(PTR, big, 0);
                    self.drop_obj(it, Obj::Iter);
                    self.zero16(it);
                    let (pa, pb, pc) = (self.addr(a), self.addr(b), self.addr(c));
                    let steps = self.b.ins().stack_addr(PTR, s, 0);
                    let e = self.rt("pyaot_range_steps", &[pa, pb, pc, steps, it], &[PTR])[0];
                    self.release(a);
                    self.release(b);
                    self.release(c);
                    self.check(e, line);
                    Some(big)
                };
                let steps = self.b.ins().stack_addr(PTR, s, 0);
                self.range_loop(*label, *var, steps, big, body, orelse, line);
                if let Some(big) = big {
                    self.release_iter(big);
                }
            }
            StmtKind::ForIter { label, var, iter, body, orelse } => {
                let src = self.expr(iter);
                let pa = self.addr(src);
                let s = self.slot();
                self.owned_slots.push((s, Obj::Iter));
                // The iterator slot is zeroed on entry; a re-run of the loop drops the old one.
                let it = self.b.ins().stack_addr(PTR, s, 0);
                self.drop_obj(it, Obj::Iter);
                let e = self.rt("pyaot_iter", &[pa, it], &[PTR])[0];
                self.release(src);
                self.check(e, line);
                self.emit_loop(
                    *label,
                    Some(s),
                    body,
                    orelse,
                    |g, bodyb, elseb| {
                        let item = g.temp();
                        let has_slot = g.temp();
                        let it = g.b.ins().stack_addr(PTR, s, 0);
                        let e = g.rt("pyaot_iter_next", &[it, item, has_slot], &[PTR])[0];
                        g.check(e, line);
                        let has = g.load(types::I8, has_slot, 0);
                        g.b.ins().brif(has, bodyb, &[], elseb, &[]);
                        item
                    },
                    |g, item| g.assign(Place::Local(*var), Val::Obj { addr: item, owned: true, kind: Obj::Value }),
                );
                // The iterator goes when the loop ends (a generator's
                // `finally` runs then, as in CPython), not at frame exit.
                self.release_iter(s);
            }
            StmtKind::Break(l) => {
                self.jump(*l, true, 0);
                self.dead();
            }
            StmtKind::Continue(l) => {
                self.jump(*l, false, 0);
                self.dead();
            }
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.owned(e),
                    None => Val::Unit,
                };
                if self.fast() {
                    self.frame_count(1);
                    let one = self.iconst(types::I8, 1);
                    let mut rets = vec![one];
                    if let Val::Scalar(s) = v {
                        rets.push(s);
                    }
                    self.b.ins().return_(&rets);
                } else {
                    self.ret(v);
                }
                self.dead();
            }
            StmtKind::Raise { exc, cause } => {
                let e = self.owned(exc);
                let pe = self.addr(e);
                let err = match cause {
                    None => self.rt("pyaot_raise", &[pe], &[PTR])[0],
                    Some(c) => {
                        let c = self.owned(c);
                        let pc = self.addr(c);
                        self.rt("pyaot_raise_from", &[pe, pc], &[PTR])[0]
                    }
                };
                let err = self.locate(err, line);
                self.raise(err);
                self.dead();
            }
            StmtKind::Reraise(l) => {
                let v = self.read_local(*l, line);
                let v = self.own(v);
                let pv = self.addr(v);
                let err = self.rt("pyaot_raise", &[pv], &[PTR])[0];
                self.raise(err);
                self.dead();
            }
            StmtKind::Try { body, handlers, orelse, finally } => self.try_stmt(body, handlers, orelse, finally),
            StmtKind::Bail => {
                self.bail();
                self.dead();
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_loop(
        &mut self,
        label: LoopId,
        var: LocalId,
        steps: Value,
        big: Option<StackSlot>,
        body: &[Stmt],
        orelse: &[Stmt],
        line: u32,
    ) {
        let next = self.b.declare_var(types::I64);
        let left = self.b.declare_var(types::I64);
        let v = self.load(types::I64, steps, 0);
        self.b.def_var(next, v);
        let v = self.load(types::I64, steps, 8);
        self.b.def_var(left, v);
        let step = self.load(types::I64, steps, 16);
        self.emit_loop(
            label,
            None,
            body,
            orelse,
            |g, bodyb, elseb| {
                let l = g.b.use_var(left);
                g.b.ins().brif(l, bodyb, &[], elseb, &[]);
            },
            |g, ()| {
                let l = g.b.use_var(left);
                let l1 = g.b.ins().iadd_imm(l, -1);
                g.b.def_var(left, l1);
                let i = g.b.use_var(next);
                let n1 = g.b.ins().iadd(i, step);
                g.b.def_var(next, n1);
                let v = match big {
                    None => Val::Scalar(i),
                    Some(big) => {
                        // Step 0 marks a range beyond machine words.
                        let out = g.temp();
                        let (small, wide, join) = (g.b.create_block(), g.b.create_block(), g.b.create_block());
                        g.b.ins().brif(step, small, &[], wide, &[]);
                        g.b.switch_to_block(small);
                        g.put_small(i, out);
                        g.b.ins().jump(join, &[]);
                        g.b.switch_to_block(wide);
                        let it = g.b.ins().stack_addr(PTR, big, 0);
                        let e = g.rt("pyaot_range_big_next", &[it, out], &[PTR])[0];
                        g.check(e, line);
                        g.b.ins().jump(join, &[]);
                        g.b.switch_to_block(join);
                        Val::Obj { addr: out, owned: true, kind: Obj::Int }
                    }
                };
                g.assign(Place::Local(var), v);
            },
        );
    }

    /// Drops a `for` loop's iterator (a generator's `finally` runs now, as
    /// in CPython) and empties its slot.
    fn release_iter(&mut self, s: StackSlot) {
        let it = self.b.ins().stack_addr(PTR, s, 0);
        self.drop_obj(it, Obj::Iter);
        self.zero16(it);
    }

    /// A loop: `test`, at the head of each iteration, branches to the body
    /// block or the `else` block; `enter` starts the body (binding the
    /// loop variable from what `test` produced). `break` skips the `else`.
    /// `iter` is the iterator slot of a `for` loop.
    #[allow(clippy::too_many_arguments)]
    fn emit_loop<T>(
        &mut self,
        label: LoopId,
        iter: Option<StackSlot>,
        body: &[Stmt],
        orelse: &[Stmt],
        test: impl FnOnce(&mut Self, Block, Block) -> T,
        enter: impl FnOnce(&mut Self, T),
    ) {
        let (head, bodyb, elseb, exit) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(head);
        let t = test(self, bodyb, elseb);
        self.b.switch_to_block(bodyb);
        enter(self, t);
        self.ctx.push(Ctx::Loop { id: label, brk: exit, cont: head, iter });
        self.block(body);
        self.ctx.pop();
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(elseb);
        self.block(orelse);
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(exit);
    }

    fn try_stmt(&mut self, body: &[Stmt], handlers: &[ir::Handler], orelse: &[Stmt], finally: &[Stmt]) {
        if finally.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let fin = self.b.create_block();
        let flow = self.b.declare_var(types::I64);
        let err = self.b.declare_var(PTR);
        let target = self.b.declare_var(types::I64);
        let z = self.iconst(types::I64, 0);
        self.b.def_var(flow, z);
        self.b.def_var(err, z);
        self.b.def_var(target, z);
        self.ctx.push(Ctx::Finally { fin, flow, err, target });
        if handlers.is_empty() && orelse.is_empty() {
            self.block(body);
        } else {
            self.try_except(body, handlers, orelse);
        }
        let f = self.iconst(types::I64, FLOW_NORMAL);
        self.b.def_var(flow, f);
        self.b.ins().jump(fin, &[]);
        self.b.switch_to_block(fin);
        self.ctx.pop();
        // The finally body runs outside the region it protects.
        self.block(finally);
        let after = self.b.create_block();
        let fl = self.b.use_var(flow);
        // Normal: go on.
        let not_normal = self.b.create_block();
        let is_normal = self.b.ins().icmp_imm(IntCC::Equal, fl, FLOW_NORMAL);
        self.b.ins().brif(is_normal, after, &[], not_normal, &[]);
        self.b.switch_to_block(not_normal);
        // Return.
        let (r, not_r) = (self.b.create_block(), self.b.create_block());
        let c = self.b.ins().icmp_imm(IntCC::Equal, fl, FLOW_RETURN);
        self.b.ins().brif(c, r, &[], not_r, &[]);
        self.b.switch_to_block(r);
        self.route_return(0);
        self.b.switch_to_block(not_r);
        // Raise.
        let (x, not_x) = (self.b.create_block(), self.b.create_block());
        let c = self.b.ins().icmp_imm(IntCC::Equal, fl, FLOW_RAISE);
        self.b.ins().brif(c, x, &[], not_x, &[]);
        self.b.switch_to_block(x);
        let e = self.b.use_var(err);
        self.raise(e);
        self.b.switch_to_block(not_x);
        // Break / continue to each enclosing loop.
        let loops: Vec<LoopId> =
            self.ctx.iter().filter_map(|c| if let Ctx::Loop { id, .. } = c { Some(*id) } else { None }).collect();
        let t = self.b.use_var(target);
        for is_break in [true, false] {
            for &id in &loops {
                let (yes, no) = (self.b.create_block(), self.b.create_block());
                let code = if is_break { FLOW_BREAK } else { FLOW_CONTINUE };
                let c1 = self.b.ins().icmp_imm(IntCC::Equal, fl, code);
                let c2 = self.b.ins().icmp_imm(IntCC::Equal, t, id as i64);
                let c = self.b.ins().band(c1, c2);
                self.b.ins().brif(c, yes, &[], no, &[]);
                self.b.switch_to_block(yes);
                self.jump(id, is_break, 0);
                self.b.switch_to_block(no);
            }
        }
        self.b.ins().trap(TrapCode::unwrap_user(3));
        self.b.switch_to_block(after);
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ir::Handler], orelse: &[Stmt]) {
        let handler = self.b.create_block();
        self.b.append_block_param(handler, PTR);
        let after = self.b.create_block();
        self.ctx.push(Ctx::Try(handler));
        self.block(body);
        self.ctx.pop();
        self.block(orelse);
        self.b.ins().jump(after, &[]);
        self.b.switch_to_block(handler);
        let err = self.b.block_params(handler)[0];
        for h in handlers {
            let (take, next) = (self.b.create_block(), self.b.create_block());
            if h.classes.is_empty() {
                self.b.ins().jump(take, &[]);
            } else {
                let mut any = self.iconst(types::I8, 0);
                for c in &h.classes {
                    let (p, n) = self.str_const(c.as_bytes());
                    let m = self.rt("pyaot_err_matches", &[err, p, n], &[types::I8])[0];
                    any = self.b.ins().bor(any, m);
                }
                self.b.ins().brif(any, take, &[], next, &[]);
            }
            self.b.switch_to_block(take);
            let v = self.temp();
            self.rt("pyaot_err_value", &[err, v], &[]);
            self.rt("pyaot_drop_err", &[err], &[]);
            self.assign(Place::Local(h.exc_local), Val::Obj { addr: v, owned: true, kind: Obj::Value });
            self.block(&h.body);
            self.b.ins().jump(after, &[]);
            self.b.switch_to_block(next);
        }
        // No handler matched: the error goes on.
        self.raise(err);
        self.b.switch_to_block(after);
    }

    // ---- expressions ---------------------------------------------------------------------

    fn read_local(&mut self, l: LocalId, line: u32) -> Val {
        if let Some(flag) = self.bound[l] {
            let f = self.b.use_var(flag);
            let (bad, ok) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(f, ok, &[], bad, &[]);
            self.b.set_cold_block(bad);
            self.b.switch_to_block(bad);
            let (p, n) = self.str_const(self.func.locals[l].name.as_bytes());
            let e = self.rt("pyaot_unbound_local", &[p, n], &[PTR])[0];
            let e = self.locate(e, line);
            self.raise(e);
            self.b.switch_to_block(ok);
        }
        match self.homes[l] {
            Home::None => Val::Unit,
            Home::Var(v) => Val::Scalar(self.b.use_var(v)),
            Home::Slot(s, kind) => Val::Obj { addr: self.b.ins().stack_addr(PTR, s, 0), owned: false, kind },
        }
    }

    /// A runtime call that writes a new object of `kind` to a trailing `out`.
    fn rt_new(&mut self, kind: Obj, sym: &str, args: &[Value]) -> Val {
        let out = self.temp();
        let mut all = args.to_vec();
        all.push(out);
        self.rt(sym, &all, &[]);
        Val::Obj { addr: out, owned: true, kind }
    }

    fn int_small(&mut self, v: Value) -> Val {
        let out = self.temp();
        self.put_small(v, out);
        Val::Obj { addr: out, owned: true, kind: Obj::Int }
    }

    fn expr(&mut self, e: &Expr) -> Val {
        let line = e.span.line;
        match &e.kind {
            ExprKind::Int(v) if e.ty == Ty::MInt => Val::Scalar(self.iconst(types::I64, *v)),
            ExprKind::Int(v) => {
                // A small int owns nothing: hand it out as borrowed, so a
                // `Ref` use needs no drop (and a move copies it).
                let c = self.iconst(types::I64, *v);
                match self.int_small(c) {
                    Val::Obj { addr, kind, .. } => Val::Obj { addr, owned: false, kind },
                    v => v,
                }
            }
            ExprKind::BigInt(d) => {
                let (p, n) = self.str_const(d.as_bytes());
                self.rt_new(Obj::Int, "pyaot_int_parse", &[p, n])
            }
            ExprKind::Float(f) => Val::Scalar(self.b.ins().f64const(*f)),
            ExprKind::Bool(v) => Val::Scalar(self.iconst(types::I8, *v as i64)),
            ExprKind::None => Val::Unit,
            ExprKind::Str(s) => {
                let (p, n) = self.str_const(s.as_bytes());
                self.rt_new(Obj::Str, "pyaot_str_new", &[p, n])
            }
            ExprKind::Bytes(b) => {
                let (p, n) = self.str_const(b);
                self.rt_new(Obj::Value, "pyaot_bytes_new", &[p, n])
            }
            ExprKind::Class(c) => {
                let (p, n) = self.str_const(c.as_bytes());
                self.rt_new(Obj::Value, "pyaot_class", &[p, n])
            }
            ExprKind::Read(Place::Local(l)) => self.read_local(*l, line),
            ExprKind::Read(Place::Global(gid)) => {
                let a = self.global_addr(*gid);
                let f = self.load(types::I8, a, 16);
                let (bad, ok) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(f, ok, &[], bad, &[]);
                self.b.set_cold_block(bad);
                self.b.switch_to_block(bad);
                let (p, n) = self.str_const(self.sh.prog.globals[*gid].name.as_bytes());
                let err = self.rt("pyaot_name_error", &[p, n], &[PTR])[0];
                let err = self.locate(err, line);
                self.raise(err);
                self.b.switch_to_block(ok);
                match Repr::of(&e.ty) {
                    Repr::Unit => Val::Unit,
                    Repr::Obj(kind) => Val::Obj { addr: self.clone_obj(a, kind), owned: true, kind },
                    r => Val::Scalar(self.load(r.scalar().unwrap(), a, 0)),
                }
            }
            ExprKind::Prim(p, args) => self.prim(p, args, &e.ty, line),
            ExprKind::Call(f, args) => self.call(*f, args, &e.ty, line),
            ExprKind::Speculate { fast, exact, args } => self.speculate(*fast, *exact, args, &e.ty),
            ExprKind::Box(x) => {
                let v = self.owned(x);
                match (Repr::of(&x.ty), v) {
                    (Repr::Obj(Obj::Value), v) => v,
                    (Repr::Obj(k), Val::Obj { addr, .. }) => {
                        self.rt_new(Obj::Value, &format!("pyaot_box_{}", k.name()), &[addr])
                    }
                    (Repr::F64, Val::Scalar(s)) => self.rt_new(Obj::Value, "pyaot_box_f64", &[s]),
                    (Repr::Bool, Val::Scalar(s)) => self.rt_new(Obj::Value, "pyaot_box_bool", &[s]),
                    (Repr::MInt, Val::Scalar(s)) => {
                        let i = self.int_small(s);
                        let Val::Obj { addr, .. } = i else { unreachable!() };
                        self.rt_new(Obj::Value, "pyaot_box_int", &[addr])
                    }
                    _ => self.rt_new(Obj::Value, "pyaot_box_none", &[]),
                }
            }
            ExprKind::Unbox(x) => {
                let r = Repr::of(&e.ty);
                if r == Repr::Obj(Obj::Value) {
                    return self.owned(x);
                }
                let v = self.expr(x);
                let pv = self.addr(v);
                let out = self.temp();
                let err = match r {
                    Repr::Obj(k) => self.rt(&format!("pyaot_unbox_{}", k.name()), &[pv, out], &[PTR])[0],
                    Repr::F64 => self.rt("pyaot_unbox_f64", &[pv, out], &[PTR])[0],
                    Repr::Bool => self.rt("pyaot_unbox_bool", &[pv, out], &[PTR])[0],
                    _ => self.rt("pyaot_unbox_none", &[pv], &[PTR])[0],
                };
                self.release(v);
                self.check(err, line);
                match r {
                    Repr::Obj(kind) => Val::Obj { addr: out, owned: true, kind },
                    Repr::Unit => Val::Unit,
                    r => Val::Scalar(self.load(r.scalar().unwrap(), out, 0)),
                }
            }
            ExprKind::IfExp(c, a, b) => {
                let c = self.expr(c);
                let c = self.scalar(c);
                let r = Repr::of(&e.ty);
                let (tb, eb, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let out = if r.obj().is_some() { Some(self.temp()) } else { None };
                if let Some(t) = r.scalar() {
                    self.b.append_block_param(join, t);
                }
                self.b.ins().brif(c, tb, &[], eb, &[]);
                for (blk, x) in [(tb, a), (eb, b)] {
                    self.b.switch_to_block(blk);
                    let v = self.owned(x);
                    match v {
                        Val::Scalar(s) => {
                            self.b.ins().jump(join, &[s.into()]);
                        }
                        Val::Obj { addr, .. } => {
                            self.copy16(addr, out.unwrap());
                            self.b.ins().jump(join, &[]);
                        }
                        Val::Unit => {
                            self.b.ins().jump(join, &[]);
                        }
                    }
                }
                self.b.switch_to_block(join);
                match r {
                    Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
                    Repr::Unit => Val::Unit,
                    _ => Val::Scalar(self.b.block_params(join)[0]),
                }
            }
            ExprKind::Let(l, v, body) => {
                let v = self.owned(v);
                self.assign(Place::Local(*l), v);
                self.owned(body)
            }
            ExprKind::AssignExpr(place, v) => {
                let v = self.owned(v);
                let copy = match v {
                    Val::Obj { addr, kind, .. } => Val::Obj { addr: self.clone_obj(addr, kind), owned: true, kind },
                    v => v,
                };
                self.assign(*place, copy);
                v
            }
            ExprKind::Seq(stmts, v) => {
                self.block(stmts);
                self.owned(v)
            }
            ExprKind::Pack(_) | ExprKind::Absent | ExprKind::FuncRef(_) => {
                unreachable!("packs, absent arguments and code references only appear as primitive arguments")
            }
            ExprKind::List(items) => {
                let (p, n) = self.pack(items);
                self.rt_new(Obj::List, "pyaot_list_new", &[p, n])
            }
            ExprKind::Tuple(items) => {
                let (p, n) = self.pack(items);
                self.rt_new(Obj::Tuple, "pyaot_tuple_new", &[p, n])
            }
            ExprKind::Dict(pairs) => {
                let flat: Vec<Expr> = pairs.iter().flat_map(|(k, v)| [k.clone(), v.clone()]).collect();
                let (p, _) = self.pack(&flat);
                let n = self.iconst(PTR, pairs.len() as i64);
                let out = self.temp();
                let err = self.rt("pyaot_dict_new", &[p, n, out], &[PTR])[0];
                self.check(err, line);
                Val::Obj { addr: out, owned: true, kind: Obj::Dict }
            }
            ExprKind::Set { items, constant } => {
                let (p, n) = self.pack(items);
                let c = self.iconst(types::I8, *constant as i64);
                let out = self.temp();
                let err = self.rt("pyaot_set_new", &[p, n, c, out], &[PTR])[0];
                self.check(err, line);
                Val::Obj { addr: out, owned: true, kind: Obj::Set }
            }
        }
    }

    /// Owned dynamic values laid out in a row: (address, count); the callee moves them.
    fn pack(&mut self, items: &[Expr]) -> (Value, Value) {
        let size = (items.len().max(1) as u32) * SLOT;
        let s = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
        for (i, it) in items.iter().enumerate() {
            let v = self.owned(it);
            let dst = self.b.ins().stack_addr(PTR, s, (i as u32 * SLOT) as i32);
            match v {
                Val::Obj { addr, .. } => self.copy16(addr, dst),
                _ => unreachable!("pack items are dynamic values"),
            }
        }
        let p = self.b.ins().stack_addr(PTR, s, 0);
        let n = self.iconst(PTR, items.len() as i64);
        (p, n)
    }

    fn call(&mut self, f: usize, args: &[Expr], ty: &Ty, line: u32) -> Val {
        let mut vals = Vec::new();
        for a in args {
            match self.owned(a) {
                Val::Unit => {}
                Val::Scalar(s) => vals.push(s),
                Val::Obj { addr, .. } => vals.push(addr),
            }
        }
        let r = Repr::of(ty);
        let callee = self.sh.prog.funcs[f].kind == FuncKind::Fast;
        let out = if !callee && r.obj().is_some() {
            let t = self.temp();
            vals.push(t);
            Some(t)
        } else {
            None
        };
        let fref = self.sh.func_ref(f, self.b.func);
        let call = self.b.ins().call(fref, &vals);
        let res = self.b.inst_results(call).to_vec();
        if callee {
            self.check_bail(res[0]);
        } else {
            self.check(res[0], line);
        }
        match r {
            Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
            Repr::Unit => Val::Unit,
            _ => Val::Scalar(res[1]),
        }
    }

    /// The speculative twin on narrowed arguments, else the exact version
    /// (whose errors are already located in its own frame).
    fn speculate(&mut self, fast: usize, exact: usize, args: &[Expr], ty: &Ty) -> Val {
        let vals: Vec<(Val, &Ty)> = args.iter().map(|a| (self.expr(a), &a.ty)).collect();
        let r = Repr::of(ty);
        let exact_b = self.b.create_block();
        let done = self.b.create_block();
        let out = if r.obj().is_some() { Some(self.temp()) } else { None };
        if let Some(t) = r.scalar() {
            self.b.append_block_param(done, t);
        }
        let mut narrowed = Vec::new();
        for (v, t) in &vals {
            match (v, t) {
                (Val::Obj { addr, .. }, Ty::Int) => {
                    let tag = self.load(types::I64, *addr, 0);
                    let next = self.b.create_block();
                    self.b.ins().brif(tag, exact_b, &[], next, &[]);
                    self.b.switch_to_block(next);
                    narrowed.push(self.load(types::I64, *addr, 8));
                }
                (Val::Scalar(s), _) => narrowed.push(*s),
                (Val::Unit, _) => {}
                (Val::Obj { .. }, _) => unreachable!("speculative functions take scalars and ints"),
            }
        }
        let fref = self.sh.func_ref(fast, self.b.func);
        let call = self.b.ins().call(fref, &narrowed);
        let res = self.b.inst_results(call).to_vec();
        let widen = self.b.create_block();
        self.b.ins().brif(res[0], widen, &[], exact_b, &[]);
        self.b.switch_to_block(widen);
        match r {
            Repr::Obj(_) => {
                self.put_small(res[1], out.unwrap());
                self.b.ins().jump(done, &[]);
            }
            Repr::Unit => {
                self.b.ins().jump(done, &[]);
            }
            _ => {
                self.b.ins().jump(done, &[res[1].into()]);
            }
        }
        // The exact version, with owned copies of the arguments.
        self.b.switch_to_block(exact_b);
        let mut exact_args = Vec::new();
        for (v, _) in &vals {
            match *v {
                Val::Unit => {}
                Val::Scalar(s) => exact_args.push(s),
                // A copy: the originals are released after the join.
                Val::Obj { addr, kind, .. } => exact_args.push(self.clone_obj(addr, kind)),
            }
        }
        if let Some(o) = out {
            exact_args.push(o);
        }
        let fref = self.sh.func_ref(exact, self.b.func);
        let call = self.b.ins().call(fref, &exact_args);
        let res = self.b.inst_results(call).to_vec();
        let (bad, ok) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(res[0], bad, &[], ok, &[]);
        self.b.switch_to_block(bad);
        self.raise(res[0]);
        self.b.switch_to_block(ok);
        match r.scalar() {
            Some(_) => {
                self.b.ins().jump(done, &[res[1].into()]);
            }
            None => {
                self.b.ins().jump(done, &[]);
            }
        }
        self.b.switch_to_block(done);
        for (v, _) in vals {
            self.release(v);
        }
        match r {
            Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
            Repr::Unit => Val::Unit,
            _ => Val::Scalar(self.b.block_params(done)[0]),
        }
    }

    fn native(&mut self, p: &ir::Prim, args: &[Expr]) -> Val {
        let vals: Vec<Value> = args
            .iter()
            .map(|a| {
                let v = self.expr(a);
                self.scalar(v)
            })
            .collect();
        let float = p.name.starts_with("F_");
        let ins = self.b.ins();
        let v = match (p.shape, vals.as_slice()) {
            (Shape::Infix(op), &[a, b]) => match (float, op) {
                (true, "+") => ins.fadd(a, b),
                (true, "-") => ins.fsub(a, b),
                (true, "*") => ins.fmul(a, b),
                (true, "==") => ins.fcmp(FloatCC::Equal, a, b),
                (true, "!=") => ins.fcmp(FloatCC::NotEqual, a, b),
                (true, "<") => ins.fcmp(FloatCC::LessThan, a, b),
                (true, "<=") => ins.fcmp(FloatCC::LessThanOrEqual, a, b),
                (true, ">") => ins.fcmp(FloatCC::GreaterThan, a, b),
                (true, ">=") => ins.fcmp(FloatCC::GreaterThanOrEqual, a, b),
                (false, "==") => ins.icmp(IntCC::Equal, a, b),
                (false, "!=") => ins.icmp(IntCC::NotEqual, a, b),
                (false, "<") => ins.icmp(IntCC::SignedLessThan, a, b),
                (false, "<=") => ins.icmp(IntCC::SignedLessThanOrEqual, a, b),
                (false, ">") => ins.icmp(IntCC::SignedGreaterThan, a, b),
                (false, ">=") => ins.icmp(IntCC::SignedGreaterThanOrEqual, a, b),
                (false, "&") => ins.band(a, b),
                (false, "|") => ins.bor(a, b),
                (false, "^") => ins.bxor(a, b),
                _ => unreachable!("unknown infix primitive {}", p.name),
            },
            (Shape::Prefix("-"), &[a]) => ins.fneg(a),
            // `not` on a bool byte; `~` on a machine int.
            (Shape::Prefix("!"), &[a]) if p.name.starts_with("B_") => ins.bxor_imm(a, 1),
            (Shape::Prefix("!"), &[a]) => ins.bnot(a),
            _ => unreachable!("unknown native primitive {}", p.name),
        };
        Val::Scalar(v)
    }

    /// Machine-word primitives spelled inline (the same operations as
    /// their `rt/src/mint.rs` and `float.rs` definitions): `None` when the
    /// primitive is left to a runtime call.
    fn inline_prim(&mut self, p: &ir::Prim, args: &[Expr]) -> Option<Val> {
        const INLINE: &[&str] =
            &["M_ADD", "M_SUB", "M_MUL", "M_NEG", "M_TRUTHY", "M_TO_F64", "M_FROM_BOOL", "F_ABS", "F_TRUTHY"];
        if !INLINE.contains(&p.name) {
            return None;
        }
        let vals: Vec<Value> = args
            .iter()
            .map(|a| {
                let v = self.expr(a);
                self.scalar(v)
            })
            .collect();
        let checked = |g: &mut Self, (r, overflow): (Value, Value)| {
            let ok = g.b.ins().bxor_imm(overflow, 1);
            g.check_bail(ok);
            r
        };
        let v = match (p.name, vals.as_slice()) {
            ("M_ADD", &[a, b]) => {
                let r = self.b.ins().sadd_overflow(a, b);
                checked(self, r)
            }
            ("M_SUB", &[a, b]) => {
                let r = self.b.ins().ssub_overflow(a, b);
                checked(self, r)
            }
            ("M_MUL", &[a, b]) => {
                let r = self.b.ins().smul_overflow(a, b);
                checked(self, r)
            }
            ("M_NEG", &[a]) => {
                let z = self.iconst(types::I64, 0);
                let r = self.b.ins().ssub_overflow(z, a);
                checked(self, r)
            }
            ("M_TRUTHY", &[a]) => self.b.ins().icmp_imm(IntCC::NotEqual, a, 0),
            ("M_TO_F64", &[a]) => self.b.ins().fcvt_from_sint(types::F64, a),
            ("M_FROM_BOOL", &[a]) => self.b.ins().uextend(types::I64, a),
            ("F_ABS", &[a]) => self.b.ins().fabs(a),
            ("F_TRUTHY", &[a]) => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, a, z)
            }
            _ => unreachable!("inline primitive {} with {} arguments", p.name, vals.len()),
        };
        Some(Val::Scalar(v))
    }

    fn prim(&mut self, p: &ir::Prim, args: &[Expr], ty: &Ty, line: u32) -> Val {
        if !matches!(p.shape, Shape::Call) {
            return self.native(p, args);
        }
        if let Some(v) = self.inline_prim(p, args) {
            return v;
        }
        let mut vals = Vec::new();
        let mut borrowed = Vec::new();
        for (a, m) in args.iter().zip(p.args.iter()) {
            match m {
                Mode::Ref | Mode::OptRef => {
                    if matches!(a.kind, ExprKind::Absent) {
                        vals.push(self.iconst(PTR, 0));
                        continue;
                    }
                    let v = self.expr(a);
                    vals.push(self.addr(v));
                    borrowed.push(v);
                }
                Mode::Own => match self.owned(a) {
                    Val::Obj { addr, .. } => vals.push(addr),
                    Val::Scalar(s) => vals.push(s),
                    Val::Unit => {}
                },
                Mode::Copy => match (&a.kind, Repr::of(&a.ty)) {
                    (ExprKind::Int(v), Repr::Obj(Obj::Int)) => vals.push(self.iconst(types::I64, *v)),
                    _ => {
                        let v = self.owned(a);
                        match v {
                            Val::Scalar(s) => vals.push(s),
                            Val::Unit => {}
                            Val::Obj { .. } => unreachable!("a Copy argument is a scalar"),
                        }
                    }
                },
                Mode::Slice | Mode::Vec => {
                    let ExprKind::Pack(items) = &a.kind else { unreachable!("pack argument must be a pack") };
                    let (ptr, n) = self.pack(items);
                    vals.push(ptr);
                    vals.push(n);
                }
                Mode::Name | Mode::Path => {
                    let ExprKind::Str(s) = &a.kind else { unreachable!("name argument must be a string constant") };
                    let (ptr, n) = self.str_const(s.as_bytes());
                    vals.push(ptr);
                    vals.push(n);
                }
                Mode::Code => {
                    let ExprKind::FuncRef(f) = a.kind else {
                        unreachable!("code argument must be a function reference")
                    };
                    let fref = self.sh.func_ref(f, self.b.func);
                    vals.push(self.b.ins().func_addr(PTR, fref));
                }
                Mode::Env => vals.push(self.fobj.expect("only function values read their environment")),
                Mode::Names => {
                    let ExprKind::Pack(items) = &a.kind else { unreachable!("names argument must be a pack") };
                    let size = (items.len().max(1) as u32) * 16;
                    let s = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
                    for (i, it) in items.iter().enumerate() {
                        let ExprKind::Str(name) = &it.kind else { unreachable!("names are string constants") };
                        let (ptr, n) = self.str_const(name.as_bytes());
                        let dst = self.b.ins().stack_addr(PTR, s, (i * 16) as i32);
                        self.store(ptr, dst, 0);
                        self.store(n, dst, 8);
                    }
                    vals.push(self.b.ins().stack_addr(PTR, s, 0));
                    vals.push(self.iconst(PTR, items.len() as i64));
                }
            }
        }
        if FAST.contains(&p.name) {
            return self.fast_path(p, vals, &borrowed, ty, line);
        }
        self.call_prim(p, vals, &borrowed, ty, line, None)
    }

    /// Calls a primitive's runtime wrapper; an object result goes to `out`
    /// (a fresh temporary if `None`).
    fn call_prim(
        &mut self,
        p: &ir::Prim,
        mut vals: Vec<Value>,
        borrowed: &[Val],
        ty: &Ty,
        line: u32,
        out: Option<Value>,
    ) -> Val {
        let r = Repr::of(ty);
        let sym = format!("pyaot_{}", p.name);
        let obj_out = |g: &mut Self| out.unwrap_or_else(|| g.temp());
        if p.bails || p.raises {
            let out = if r == Repr::Unit && p.raises { None } else { Some(obj_out(self)) };
            vals.extend(out);
            if p.bails {
                let ok = self.rt(&sym, &vals, &[types::I8])[0];
                for v in borrowed {
                    self.release(*v);
                }
                self.check_bail(ok);
            } else {
                let err = self.rt(&sym, &vals, &[PTR])[0];
                for v in borrowed {
                    self.release(*v);
                }
                self.check(err, line);
            }
            return match r {
                Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
                Repr::Unit => Val::Unit,
                r => Val::Scalar(self.load(r.scalar().unwrap(), out.unwrap(), 0)),
            };
        }
        let res = match r {
            Repr::Obj(kind) => {
                let out = obj_out(self);
                vals.push(out);
                self.rt(&sym, &vals, &[]);
                Val::Obj { addr: out, owned: true, kind }
            }
            Repr::Unit => {
                self.rt(&sym, &vals, &[]);
                Val::Unit
            }
            r => Val::Scalar(self.rt(&sym, &vals, &[r.scalar().unwrap()])[0]),
        };
        for v in borrowed {
            self.release(*v);
        }
        res
    }

    /// Branches to `slow` unless `cond` is false.
    fn unless(&mut self, cond: Value, slow: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(cond, slow, &[], next, &[]);
        self.b.switch_to_block(next);
    }

    /// The address of `list[index]` when the list is not being mutated by
    /// the runtime, the index a small int and in range (negative from the
    /// end); otherwise a jump to `slow`. Offsets: `abi::LIST_*`.
    fn list_elem(&mut self, list: Value, index: Value, slow: Block) -> Value {
        let rc = self.load(PTR, list, 0);
        let flag = self.load(types::I64, rc, LIST_FLAG);
        let c = self.b.ins().icmp_imm(IntCC::SignedLessThan, flag, 0);
        self.unless(c, slow);
        let tag = self.load(types::I64, index, 0);
        self.unless(tag, slow);
        let i = self.load(types::I64, index, 8);
        let len = self.load(types::I64, rc, LIST_LEN);
        let neg = self.b.ins().icmp_imm(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, len);
        let j = self.b.ins().select(neg, wrapped, i);
        let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, j, len);
        self.unless(out, slow);
        let data = self.load(PTR, rc, LIST_PTR);
        let off = self.b.ins().ishl_imm(j, 4);
        self.b.ins().iadd(data, off)
    }

    /// Branches to `slow` unless the `Value` at `addr` has tag `tag`.
    fn expect_tag(&mut self, addr: Value, tag: i64, slow: Block) {
        let t = self.load(types::I8, addr, 0);
        let c = self.b.ins().icmp_imm(IntCC::NotEqual, t, tag);
        self.unless(c, slow);
    }

    /// Branches to `slow` unless the `Value` at `addr` is a scalar (owns nothing).
    fn expect_scalar(&mut self, addr: Value, slow: Block) {
        let t = self.load(types::I8, addr, 0);
        let big = self.b.ins().icmp_imm(IntCC::UnsignedGreaterThan, t, TAG_FLOAT);
        self.unless(big, slow);
        let is_big = self.b.ins().icmp_imm(IntCC::Equal, t, TAG_BIG);
        self.unless(is_big, slow);
    }

    /// Both operands small ints (else a jump to `slow`): their values.
    fn small_pair(&mut self, a: Value, b: Value, slow: Block) -> (Value, Value) {
        let ta = self.load(types::I64, a, 0);
        let tb = self.load(types::I64, b, 0);
        let either = self.b.ins().bor(ta, tb);
        self.unless(either, slow);
        (self.load(types::I64, a, 8), self.load(types::I64, b, 8))
    }

    /// Writes `Int::Small(v)` to `out`.
    fn put_small(&mut self, v: Value, out: Value) {
        let z = self.iconst(types::I64, 0);
        self.store(z, out, 0);
        self.store(v, out, 8);
    }

    /// The common cases of some primitives inline (small ints, typed list
    /// elements, float division), the runtime call only when the fast path
    /// does not apply: the runtime then decides everything, errors
    /// included. Each inline path computes exactly what the runtime
    /// function's own fast path does.
    fn fast_path(&mut self, p: &ir::Prim, vals: Vec<Value>, borrowed: &[Val], ty: &Ty, line: u32) -> Val {
        let r = Repr::of(ty);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        if let Some(t) = r.scalar() {
            self.b.append_block_param(done, t);
        }
        let out = r.obj().map(|_| self.temp());
        let result = match p.name {
            "I_ADD" | "I_SUB" | "I_MUL" => {
                let (x, y) = self.small_pair(vals[0], vals[1], slow);
                let (v, overflow) = match p.name {
                    "I_ADD" => self.b.ins().sadd_overflow(x, y),
                    "I_SUB" => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.unless(overflow, slow);
                self.put_small(v, out.unwrap());
                None
            }
            "I_EQ" | "I_NE" | "I_LT" | "I_LE" | "I_GT" | "I_GE" => {
                let (x, y) = self.small_pair(vals[0], vals[1], slow);
                let cc = match p.name {
                    "I_EQ" => IntCC::Equal,
                    "I_NE" => IntCC::NotEqual,
                    "I_LT" => IntCC::SignedLessThan,
                    "I_LE" => IntCC::SignedLessThanOrEqual,
                    "I_GT" => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                Some(self.b.ins().icmp(cc, x, y))
            }
            "I_TRUTHY" => {
                let t = self.load(types::I64, vals[0], 0);
                self.unless(t, slow);
                let x = self.load(types::I64, vals[0], 8);
                Some(self.b.ins().icmp_imm(IntCC::NotEqual, x, 0))
            }
            "F_TRUEDIV" => {
                let z = self.b.ins().f64const(0.0);
                let zero = self.b.ins().fcmp(FloatCC::Equal, vals[1], z);
                self.unless(zero, slow);
                Some(self.b.ins().fdiv(vals[0], vals[1]))
            }
            "F_POW" => {
                // `x ** 0.5` for x >= 0 (not NaN): the square root of x + 0.0.
                let half = self.b.ins().f64const(0.5);
                let other = self.b.ins().fcmp(FloatCC::NotEqual, vals[1], half);
                self.unless(other, slow);
                let z = self.b.ins().f64const(0.0);
                let neg = self.b.ins().fcmp(FloatCC::UnorderedOrLessThan, vals[0], z);
                self.unless(neg, slow);
                let a = self.b.ins().fadd(vals[0], z);
                Some(self.b.ins().sqrt(a))
            }
            _ => self.list_fast(p, &vals, slow, out),
        };
        self.fast_path_tail(p, vals, borrowed, ty, line, result, (slow, done, out))
    }

    /// Typed list element reads and writes (see [`Self::fast_path`]).
    fn list_fast(&mut self, p: &ir::Prim, vals: &[Value], slow: Block, out: Option<Value>) -> Option<Value> {
        let elem = self.list_elem(vals[0], vals[1], slow);
        match p.name {
            "L_GET_F64" => {
                self.expect_tag(elem, TAG_FLOAT, slow);
                Some(self.load(types::F64, elem, 8))
            }
            "L_GET_BOOL" => {
                self.expect_tag(elem, TAG_BOOL, slow);
                Some(self.load(types::I8, elem, 1))
            }
            "L_GET_INT" => {
                self.expect_tag(elem, TAG_INT, slow);
                let v = self.load(types::I64, elem, 8);
                self.put_small(v, out.unwrap());
                None
            }
            "L_GET_LIST" => {
                self.expect_tag(elem, TAG_LIST, slow);
                // A new reference: the `Rc`'s strong count is its allocation's first word.
                let h = self.load(PTR, elem, 8);
                let n = self.load(types::I64, h, 0);
                let n1 = self.b.ins().iadd_imm(n, 1);
                self.store(n1, h, 0);
                self.store(h, out.unwrap(), 0);
                None
            }
            "L_SET_F64" => {
                self.expect_tag(elem, TAG_FLOAT, slow);
                self.store(vals[2], elem, 8);
                None
            }
            "L_SET_SCALAR" => {
                self.expect_scalar(elem, slow);
                self.expect_scalar(vals[2], slow);
                self.copy16(vals[2], elem);
                None
            }
            _ => unreachable!("{} has no inline path", p.name),
        }
    }

    /// Ends a fast path with `result` and emits its `slow` call; both join at `done`.
    #[allow(clippy::too_many_arguments)]
    fn fast_path_tail(
        &mut self,
        p: &ir::Prim,
        vals: Vec<Value>,
        borrowed: &[Val],
        ty: &Ty,
        line: u32,
        result: Option<Value>,
        (slow, done, out): (Block, Block, Option<Value>),
    ) -> Val {
        let r = Repr::of(ty);
        for v in borrowed {
            self.release(*v);
        }
        match result {
            Some(v) => self.b.ins().jump(done, &[v.into()]),
            None => self.b.ins().jump(done, &[]),
        };
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        match self.call_prim(p, vals, borrowed, ty, line, out) {
            Val::Scalar(v) => self.b.ins().jump(done, &[v.into()]),
            _ => self.b.ins().jump(done, &[]),
        };
        self.b.switch_to_block(done);
        match r {
            Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
            Repr::Unit => Val::Unit,
            _ => Val::Scalar(self.b.block_params(done)[0]),
        }
    }
}

/// Primitives with an inline fast path in [`FnGen::fast_path`].
const FAST: &[&str] = &[
    "I_ADD",
    "I_SUB",
    "I_MUL",
    "I_EQ",
    "I_NE",
    "I_LT",
    "I_LE",
    "I_GT",
    "I_GE",
    "I_TRUTHY",
    "F_TRUEDIV",
    "F_POW",
    "L_GET_F64",
    "L_GET_BOOL",
    "L_GET_INT",
    "L_GET_LIST",
    "L_SET_F64",
    "L_SET_SCALAR",
];
