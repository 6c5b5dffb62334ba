//! IR-to-IR passes: they run between the lowering and the backends, take a
//! well-formed program and give back one with the same behaviour.

pub mod dis;
pub mod speculate;

use crate::ir::Program;

/// Every pass, in order.
pub fn optimize(prog: &mut Program) {
    speculate::speculate(prog);
    dis::attach(prog);
}
