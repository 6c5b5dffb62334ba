//! IR -> machine code with Cranelift, for builds in milliseconds.
//!
//! Every IR function becomes one Cranelift function (see [`func`]); the
//! module adds the program's string constants, one data object per global
//! (16 bytes of value, then a byte saying whether it was assigned) and a C
//! `main` that hands the module body to the runtime's `pyaot_run`. The
//! object file is linked with the runtime's static library (`driver`).
//! Python semantics are the IR's and the runtime's: this backend only
//! spells out control flow, ownership and calls through the C ABI.

mod abi;
mod func;

use std::collections::HashMap;

use cranelift_codegen::ir::{types, Function, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};

use crate::ir::{self, FuncKind, Program};

/// The size of a `rt::types::class::SlotCache` (four pairs of words),
/// which the runtime's tests pin.
pub const SITE_BYTES: usize = 64;

/// What every function's code generation shares: the module being built,
/// its declarations, and the program.
pub struct Shared<'p, M: Module> {
    pub module: M,
    pub prog: &'p Program,
    funcs: Vec<FuncId>,
    runtime: HashMap<String, FuncId>,
    strings: HashMap<Vec<u8>, DataId>,
    globals: HashMap<ir::GlobalId, DataId>,
    runtime_data: HashMap<&'static str, DataId>,
    /// How many `Mode::Site` caches were made.
    sites: usize,
    call_conv: CallConv,
}

impl<'p, M: Module> Shared<'p, M> {
    /// A runtime function, declared on first use.
    pub fn runtime(&mut self, name: &str, params: &[types::Type], rets: &[types::Type]) -> FuncId {
        if let Some(id) = self.runtime.get(name) {
            return *id;
        }
        let sig = abi::sig(self.call_conv, params, rets);
        let id = self
            .module
            .declare_function(name, Linkage::Import, &sig)
            .expect("runtime symbols are declared once with one signature");
        self.runtime.insert(name.to_string(), id);
        id
    }

    /// A read-only string constant.
    pub fn string(&mut self, s: &[u8]) -> DataId {
        if let Some(id) = self.strings.get(s) {
            return *id;
        }
        let name = format!("str.{}", self.strings.len());
        let id = self.module.declare_data(&name, Linkage::Local, false, false).expect("fresh data name");
        let mut d = DataDescription::new();
        // Never empty: a zero-sized object may share its address with the next.
        let mut bytes = s.to_vec();
        bytes.push(0);
        d.define(bytes.into_boxed_slice());
        self.module.define_data(id, &d).expect("string data defines once");
        self.strings.insert(s.to_vec(), id);
        id
    }

    /// A `Mode::Site` argument's cache: zeroed, writable bytes of its own
    /// (the size of the largest kind of site, `SlotCache`).
    pub fn site(&mut self) -> DataId {
        self.sites += 1;
        let id = self
            .module
            .declare_data(&format!("site.{}", self.sites), Linkage::Local, true, false)
            .expect("fresh data name");
        let mut d = DataDescription::new();
        d.define_zeroinit(SITE_BYTES);
        d.set_align(8);
        self.module.define_data(id, &d).expect("site data defines once");
        id
    }

    /// A module global: 16 bytes of value and an "assigned" byte, zeroed.
    pub fn global(&mut self, g: ir::GlobalId) -> DataId {
        if let Some(id) = self.globals.get(&g) {
            return *id;
        }
        let id =
            self.module.declare_data(&format!("global.{g}"), Linkage::Local, true, false).expect("fresh data name");
        let mut d = DataDescription::new();
        d.define_zeroinit(24);
        d.set_align(8);
        self.module.define_data(id, &d).expect("global data defines once");
        self.globals.insert(g, id);
        id
    }

    /// A static of the runtime (`PYAOT_STACK_FLOOR`, `PYAOT_FRAMES_LEFT`),
    /// declared on first use.
    pub fn runtime_data(&mut self, name: &'static str) -> DataId {
        if let Some(id) = self.runtime_data.get(name) {
            return *id;
        }
        let id = self.module.declare_data(name, Linkage::Import, true, false).expect("declared once");
        self.runtime_data.insert(name, id);
        id
    }

    pub fn func_ref(&mut self, f: ir::FuncId, func: &mut Function) -> cranelift_codegen::ir::FuncRef {
        self.module.declare_func_in_func(self.funcs[f], func)
    }
}

fn isa() -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder().map_err(|e| format!("no Cranelift backend for this host: {e}"))?;
    isa.finish(settings::Flags::new(flags)).map_err(|e| e.to_string())
}

fn symbol(prog: &Program, i: usize) -> String {
    let f = &prog.funcs[i];
    let kind = match f.kind {
        FuncKind::Plain => "",
        FuncKind::Exact => ".exact",
        FuncKind::Fast => ".fast",
        FuncKind::Boxed => ".boxed",
    };
    let name: String = f.name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    format!("py.{i}.{name}{kind}")
}

/// Compiles the program to a relocatable object file; with `text`, also
/// returns the Cranelift IR of every function.
/// Why the Cranelift backend could not compile a program.
pub enum Error {
    /// A function's machine code would pass Cranelift's size limit (a
    /// module body of tens of thousands of statements): refused.
    TooLarge { name: String, line: u32 },
    /// Anything else: a pyaot bug.
    Bug(String),
}

impl From<String> for Error {
    fn from(e: String) -> Error {
        Error::Bug(e)
    }
}

pub fn compile(prog: &Program, text: bool) -> Result<(Vec<u8>, String), Error> {
    let isa = isa()?;
    let call_conv = isa.default_call_conv();
    let builder = ObjectBuilder::new(isa, "pyaot_program", cranelift_module::default_libcall_names())
        .map_err(|e| e.to_string())?;
    let module = ObjectModule::new(builder);
    let mut sh = Shared {
        module,
        prog,
        funcs: Vec::new(),
        runtime: HashMap::new(),
        strings: HashMap::new(),
        globals: HashMap::new(),
        runtime_data: HashMap::new(),
        sites: 0,
        call_conv,
    };
    for (i, f) in prog.funcs.iter().enumerate() {
        let params: Vec<_> = f.params.iter().map(|&p| f.locals[p].ty.clone()).collect();
        let sig = if f.kind == FuncKind::Boxed {
            abi::boxed_sig(call_conv)
        } else {
            abi::func_sig(call_conv, &params, &f.ret, f.kind == FuncKind::Fast)
        };
        let id = sh.module.declare_function(&symbol(prog, i), Linkage::Local, &sig).map_err(|e| e.to_string())?;
        sh.funcs.push(id);
    }
    let mut out = String::new();
    let mut fctx = FunctionBuilderContext::new();
    let mut ctx = sh.module.make_context();
    for (i, f) in prog.funcs.iter().enumerate() {
        ctx.func.signature = sh.module.declarations().get_function_decl(sh.funcs[i]).signature.clone();
        ctx.func.name = UserFuncName::user(0, i as u32);
        {
            let b = cranelift_frontend::FunctionBuilder::new(&mut ctx.func, &mut fctx);
            func::FnGen::new(&mut sh, b, f, i).function();
        }
        if let Err(e) = define(&mut sh.module, sh.funcs[i], &mut ctx, &mut out, text, &symbol(prog, i)) {
            return Err(match e {
                cranelift_module::ModuleError::Compilation(cranelift_codegen::CodegenError::CodeTooLarge) => {
                    Error::TooLarge { name: f.name.clone(), line: f.span.line }
                }
                e => Error::Bug(format!("Cranelift rejected {}: {e:?}", symbol(prog, i))),
            });
        }
    }
    main(&mut sh, &mut ctx, &mut fctx, &mut out, text)?;
    let product = sh.module.finish();
    let bytes = product.emit().map_err(|e| e.to_string())?;
    Ok((bytes, out))
}

#[allow(clippy::result_large_err)] // a failure ends the build: no hot path to keep small
fn define(
    module: &mut ObjectModule,
    id: FuncId,
    ctx: &mut Context,
    out: &mut String,
    text: bool,
    name: &str,
) -> Result<(), cranelift_module::ModuleError> {
    if text {
        out.push_str(&format!("; {name}\n{}\n", ctx.func.display()));
    }
    module.define_function(id, ctx)?;
    module.clear_context(ctx);
    Ok(())
}

/// `int main()`: checks the runtime's layout, then `pyaot_run(file,
/// source, module body, teardown)`, which never returns.
fn main(
    sh: &mut Shared<ObjectModule>,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    out: &mut String,
    text: bool,
) -> Result<(), String> {
    use cranelift_codegen::ir::InstBuilder;
    let sig = abi::sig(sh.call_conv, &[types::I32, abi::PTR], &[types::I32]);
    let id = sh.module.declare_function("main", Linkage::Export, &sig).map_err(|e| e.to_string())?;
    ctx.func.signature = sig;
    // The files as `pyaot_run` reads them: `path\tfirst_line\n` each, and their texts each ended by a NUL.
    let table: String = sh.prog.sources.iter().map(|f| format!("{}\t{}\n", f.path, f.first_line)).collect();
    let texts: String = sh.prog.sources.iter().map(|f| format!("{}\0", f.text)).collect();
    let file = sh.string(table.as_bytes());
    let src = sh.string(texts.as_bytes());
    let run = sh.runtime("pyaot_run", &[abi::PTR; 6], &[]);
    let check = sh.runtime("pyaot_check_layout", &[abi::PTR; 3], &[]);
    {
        let mut b = cranelift_frontend::FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        // Inline list accesses assume the runtime's layout: check it first.
        let check = sh.module.declare_func_in_func(check, b.func);
        let offsets: Vec<_> = [abi::LIST_FLAG, abi::LIST_PTR, abi::LIST_LEN]
            .iter()
            .map(|&o| b.ins().iconst(abi::PTR, o as i64))
            .collect();
        b.ins().call(check, &offsets);
        let mut args = Vec::new();
        for (d, len) in [(file, table.len()), (src, texts.len())] {
            let gv = sh.module.declare_data_in_func(d, b.func);
            args.push(b.ins().symbol_value(abi::PTR, gv));
            args.push(b.ins().iconst(abi::PTR, len as i64));
        }
        for f in [ir::FuncId(0), sh.prog.teardown] {
            let f = sh.module.declare_func_in_func(sh.funcs[f], b.func);
            args.push(b.ins().func_addr(abi::PTR, f));
        }
        let run = sh.module.declare_func_in_func(run, b.func);
        b.ins().call(run, &args);
        let z = b.ins().iconst(types::I32, 0);
        b.ins().return_(&[z]);
        b.seal_all_blocks();
        b.finalize();
    }
    define(&mut sh.module, id, ctx, out, text, "main").map_err(|e| format!("Cranelift rejected main: {e:?}"))
}
