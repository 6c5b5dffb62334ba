//! Backends: each lowers the IR, and only the IR, to something a machine
//! can run. They make no Python decisions of their own.

pub mod clif;
pub mod rust;
