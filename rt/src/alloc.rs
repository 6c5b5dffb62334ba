//! The allocator. Python programs make and free many small objects, which
//! mimalloc's size-class free lists serve several times faster than the
//! system allocator. `PYAOT_SYSTEM_ALLOC=1` selects the system allocator
//! instead, so tools that watch it (`tests/valgrind`) see every block.
//! The choice is made once, at the first allocation (reading the
//! environment with C's `getenv`, which does not allocate), and never
//! changes, so every block is freed by the allocator that made it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU8, Ordering::Relaxed};

pub struct PyaotAlloc;

const UNDECIDED: u8 = 0;
const MIMALLOC: u8 = 1;
const SYSTEM: u8 = 2;

static CHOICE: AtomicU8 = AtomicU8::new(UNDECIDED);

extern "C" {
    fn getenv(name: *const std::ffi::c_char) -> *const std::ffi::c_char;
}

#[inline(always)]
fn system() -> bool {
    match CHOICE.load(Relaxed) {
        MIMALLOC => false,
        SYSTEM => true,
        _ => {
            // SAFETY: a NUL-terminated name; getenv only reads the environment.
            let set = unsafe { !getenv(c"PYAOT_SYSTEM_ALLOC".as_ptr()).is_null() };
            // The first thread to decide wins; all later calls agree with it.
            let want = if set { SYSTEM } else { MIMALLOC };
            match CHOICE.compare_exchange(UNDECIDED, want, Relaxed, Relaxed) {
                Ok(_) => set,
                Err(other) => other == SYSTEM,
            }
        }
    }
}

// SAFETY: each call forwards to one of two allocators, always the same one.
unsafe impl GlobalAlloc for PyaotAlloc {
    #[inline]
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if system() {
            System.alloc(l)
        } else {
            mimalloc::MiMalloc.alloc(l)
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        if system() {
            System.alloc_zeroed(l)
        } else {
            mimalloc::MiMalloc.alloc_zeroed(l)
        }
    }
    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if system() {
            System.dealloc(p, l)
        } else {
            mimalloc::MiMalloc.dealloc(p, l)
        }
    }
    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        if system() {
            System.realloc(p, l, n)
        } else {
            mimalloc::MiMalloc.realloc(p, l, n)
        }
    }
}

/// The number of items in `len` items repeated `n` times (a negative `n`
/// repeats zero times), or CPython's MemoryError when no machine could
/// hold them: a size CPython would refuse must be an exception here, not
/// an abort in the allocator.
pub fn repeat_len(len: usize, n: i64) -> crate::exc::PyResult<usize> {
    let n = n.max(0) as usize;
    len.checked_mul(n).filter(|&t| t <= isize::MAX as usize / 16).ok_or_else(memory_error)
}

/// An empty vector with room for `n` items, or MemoryError when the
/// allocator cannot give it.
pub fn try_vec<T>(n: usize) -> crate::exc::PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// A bare `MemoryError`, as CPython raises it.
pub fn memory_error() -> crate::exc::PyErr {
    crate::exc::PyErr::empty(&crate::exc::MEMORY_ERROR)
}
