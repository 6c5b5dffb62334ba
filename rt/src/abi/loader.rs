//! Runs a Cranelift-compiled program appended to this executable.
//!
//! A Cranelift build does not invoke a system linker: linking a fresh
//! object against the runtime and the Rust standard library costs ten times
//! as long as generating the code. Instead the runtime is prebuilt once as
//! an executable (the *stub*, `src/stub.rs`), and a build copies
//! the stub and appends the program's relocatable object plus a trailer.
//! At start-up the stub finds the object, lays its sections out in fresh
//! memory, resolves its references to the runtime by name through
//! [`crate::abi::capi::exports`], applies the x86-64 relocations Cranelift emits,
//! makes the code executable, and calls the object's `main`. The result is
//! still one standalone file.

use std::io::{Read, Seek, SeekFrom};

use object::read::{Object, ObjectSection, ObjectSymbol, RelocationTarget};
use object::{elf, RelocationFlags, SectionKind};

/// Ends every program file: the object's length, then this tag.
pub const MAGIC: &[u8; 8] = b"PYAOTOBJ";

/// The appended object of this executable.
fn payload() -> Result<Vec<u8>, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut f = std::fs::File::open(&exe).map_err(|e| format!("{}: {e}", exe.display()))?;
    let end = f.seek(SeekFrom::End(0)).map_err(|e| e.to_string())?;
    let mut trailer = [0u8; 16];
    f.seek(SeekFrom::Start(end.checked_sub(16).ok_or("no program appended")?)).map_err(|e| e.to_string())?;
    f.read_exact(&mut trailer).map_err(|e| e.to_string())?;
    if &trailer[8..] != MAGIC {
        return Err("no program appended to this runtime".into());
    }
    let len = u64::from_le_bytes(trailer[..8].try_into().unwrap());
    let start = end.checked_sub(16 + len).ok_or("truncated program")?;
    f.seek(SeekFrom::Start(start)).map_err(|e| e.to_string())?;
    let mut obj = vec![0u8; len as usize];
    f.read_exact(&mut obj).map_err(|e| e.to_string())?;
    Ok(obj)
}

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
}

const PROT_READ: i32 = 1;
const PROT_WRITE: i32 = 2;
const PROT_EXEC: i32 = 4;
const MAP_PRIVATE: i32 = 2;
const MAP_ANONYMOUS: i32 = 0x20;
const PAGE: usize = 4096;

fn round_up(n: usize, to: usize) -> usize {
    n.div_ceil(to) * to
}

/// Loads the object and returns the address of its `main`.
///
/// # Safety
/// `obj` must be an object file pyaot's Cranelift backend produced for
/// this runtime: its code will run.
unsafe fn load(obj: &[u8]) -> Result<usize, String> {
    let file = object::File::parse(obj).map_err(|e| e.to_string())?;
    // Layout: code first (made executable at the end), then everything else, then the GOT.
    let mut code = Vec::new();
    let mut rest = Vec::new();
    for s in file.sections() {
        match s.kind() {
            SectionKind::Text => code.push(s),
            SectionKind::Data
            | SectionKind::ReadOnlyData
            | SectionKind::ReadOnlyString
            | SectionKind::UninitializedData => rest.push(s),
            _ => {}
        }
    }
    let mut base_of = std::collections::HashMap::new();
    let mut off = 0usize;
    for s in &code {
        off = round_up(off, s.align().max(1) as usize);
        base_of.insert(s.index(), off);
        off += s.size() as usize;
    }
    let code_len = round_up(off.max(1), PAGE);
    off = code_len;
    for s in &rest {
        off = round_up(off, s.align().max(1) as usize);
        base_of.insert(s.index(), off);
        off += s.size() as usize;
    }
    let got_at = round_up(off, 8);
    let n_syms = file.symbols().count() + 1;
    let total = round_up(got_at + 8 * n_syms, PAGE);
    let mem = mmap(std::ptr::null_mut(), total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if mem.is_null() || mem as isize == -1 {
        return Err("cannot map memory for the program".into());
    }
    for s in code.iter().chain(&rest) {
        if s.kind() == SectionKind::UninitializedData {
            continue; // mmap memory is zeroed
        }
        let data = s.data().map_err(|e| e.to_string())?;
        std::ptr::copy_nonoverlapping(data.as_ptr(), mem.add(base_of[&s.index()]), data.len());
    }
    let exports: std::collections::HashMap<&str, usize> = crate::abi::capi::exports().into_iter().collect();
    // Where each symbol lives.
    let addr_of = |idx: object::SymbolIndex| -> Result<usize, String> {
        let sym = file.symbol_by_index(idx).map_err(|e| e.to_string())?;
        let name = sym.name().unwrap_or("");
        if sym.is_undefined() {
            return exports
                .get(name)
                .copied()
                .ok_or_else(|| format!("the program needs `{name}`, which this runtime lacks"));
        }
        let sec = sym.section_index().ok_or_else(|| format!("symbol `{name}` has no section"))?;
        let base = base_of.get(&sec).ok_or_else(|| format!("symbol `{name}` is in a section that is not loaded"))?;
        Ok(mem as usize + base + sym.address() as usize)
    };
    let mut got: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for s in code.iter().chain(&rest) {
        let Some(&sbase) = base_of.get(&s.index()) else {
            continue;
        };
        for (offset, r) in s.relocations() {
            let place = mem as usize + sbase + offset as usize;
            let target = match r.target() {
                RelocationTarget::Symbol(i) => addr_of(i)?,
                RelocationTarget::Section(i) => {
                    mem as usize + *base_of.get(&i).ok_or("relocation against a section that is not loaded")?
                }
                _ => return Err("unsupported relocation target".into()),
            };
            let a = r.addend();
            let RelocationFlags::Elf { r_type } = r.flags() else {
                return Err("not an ELF relocation".into());
            };
            match r_type {
                elf::R_X86_64_64 => (place as *mut u64).write_unaligned((target as i64 + a) as u64),
                elf::R_X86_64_PC32 | elf::R_X86_64_PLT32 => {
                    let v = target as i64 + a - place as i64;
                    let v = i32::try_from(v).map_err(|_| "a PC-relative reference is out of range")?;
                    (place as *mut i32).write_unaligned(v);
                }
                elf::R_X86_64_GOTPCREL | elf::R_X86_64_GOTPCRELX | elf::R_X86_64_REX_GOTPCRELX => {
                    let n = got.len();
                    let slot = *got.entry(target).or_insert_with(|| {
                        let slot = mem as usize + got_at + 8 * n;
                        (slot as *mut usize).write(target);
                        slot
                    });
                    let v = slot as i64 + a - place as i64;
                    let v = i32::try_from(v).map_err(|_| "a GOT reference is out of range")?;
                    (place as *mut i32).write_unaligned(v);
                }
                t => return Err(format!("unsupported relocation type {t}")),
            }
        }
    }
    if got.len() > n_syms {
        return Err("GOT overflow".into());
    }
    if mprotect(mem, code_len, PROT_READ | PROT_EXEC) != 0 {
        return Err("cannot make the program's code executable".into());
    }
    let main = file.symbols().find(|s| s.name() == Ok("main") && !s.is_undefined()).ok_or("the program has no main")?;
    addr_of(main.index())
}

/// The stub's entry point: loads and runs the appended program.
pub fn main() -> ! {
    let fail = |e: String| -> ! {
        eprintln!("pyaot: cannot start the program: {e}");
        std::process::exit(70)
    };
    let obj = payload().unwrap_or_else(|e| fail(e));
    // SAFETY: the object was appended by pyaot's build for this runtime.
    let main = unsafe { load(&obj) }.unwrap_or_else(|e| fail(e));
    // SAFETY: `main` is the object's C `main`, which runs the program and never returns.
    let f: extern "C" fn(i32, *const *const u8) -> i32 = unsafe { std::mem::transmute(main) };
    let status = f(0, std::ptr::null());
    std::process::exit(status)
}
