//! The runtime primitives the IR calls: the registry's table
//! (`registry/src/prims.rs`), which the runtime's C wrappers are generated
//! from too. Lowering picks rows; `ir/verify.rs` checks each use against
//! the row's signature; both backends spell the call from the row.

pub use pyaot_registry::prims::*;
