//! The prebuilt runtime executable that Cranelift builds copy and append
//! their object to (see `loader.rs`).

fn main() {
    pyaot_rt::abi::loader::main()
}
