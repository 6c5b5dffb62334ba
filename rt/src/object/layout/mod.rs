//! The memory layout of every object the [`Value`](crate::object::value::Value)
//! enum holds: plain data, declared here at the bottom so the enum can name
//! its payloads without importing the layers above. Each type's behaviour
//! (its operations, methods, repr) is its file in `types/`, which re-exports
//! the layout; CPython splits its object structs from their code the same
//! way (`Include/` and `Objects/`).

pub mod bigint;
pub mod bytes;
pub mod class;
pub mod deque;
pub mod dict;
pub mod func;
pub mod gen;
pub mod int;
pub mod iter;
pub mod list;
pub mod native;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;
