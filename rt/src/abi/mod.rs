//! The runtime's binary interface for the Cranelift backend: the C ABI
//! wrappers (`capi.rs`, the primitives' generated from the registry) and
//! the program's entry point, and the loader the prebuilt stub executable uses to run an appended object.

pub mod capi;
pub mod loader;
pub mod program;
