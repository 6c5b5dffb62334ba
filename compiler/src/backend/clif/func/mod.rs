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
    helper, Repr, LIST_FLAG, LIST_LEN, LIST_PTR, PTR, SLOT, TAG_BIG, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_LIST,
};
use super::Shared;

mod exits;
mod expr;
mod fast;
mod prim;
mod stmt;
mod values;
use crate::ir::{
    self,
    prims::{Rt, Shape},
    Expr, ExprKind, Func, FuncId, FuncKind, GlobalId, LocalId, LoopId, Mode, Place, Stmt, StmtKind, Ty,
};

/// A value produced by an expression.
#[derive(Clone, Copy)]
pub enum Val {
    Unit,
    Scalar(Value),
    Obj { addr: Value, owned: bool, kind: Rt },
}

/// Where a local lives.
#[derive(Clone, Copy)]
enum Home {
    None,
    Var(Variable),
    Slot(cranelift_codegen::ir::StackSlot, Rt),
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
    owned_slots: Vec<(cranelift_codegen::ir::StackSlot, Rt)>,
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
}
