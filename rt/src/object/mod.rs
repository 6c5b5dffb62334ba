//! The object layer, the bottom of the runtime: the dynamic value every
//! object is reached through, the allocator, the exception core, module
//! globals, the operators as ids, the object protocol the layers above
//! fill in, the standard byte streams, the program's frames, and weak references.

pub mod alloc;
pub mod dicttable;
pub mod exc;
pub mod gc;
pub mod global;
pub mod layout;
pub mod op;
pub mod program;
pub mod protocol;
pub mod settable;
pub mod stdio;
pub mod value;
pub mod weakref;
