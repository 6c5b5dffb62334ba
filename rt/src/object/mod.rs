//! The object layer, the bottom of the runtime: the dynamic value every
//! object is reached through, the allocator, exceptions and tracebacks,
//! module globals, and the program's frames and entry point.

pub mod alloc;
pub mod exc;
pub mod global;
pub mod program;
pub mod value;
