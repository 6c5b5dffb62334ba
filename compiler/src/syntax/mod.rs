//! Source text to pyaot's syntax tree. `parse.rs` is the only module in
//! pyaot that imports the parser crate (`rustpython-parser`, no longer
//! maintained upstream): replacing the parser means rewriting that file alone.

pub mod ast;
mod parse;
pub mod source;
mod surrogate_literal;
pub mod visit;

pub use parse::parse;
pub use source::SourceModule;
