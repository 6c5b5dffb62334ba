//! The allocator. Python programs make and free many small objects, which
//! mimalloc's size-class free lists serve several times faster than the
//! system allocator. `PYAOT_SYSTEM_ALLOC=1` selects the system allocator
//! instead, so tools that watch it (`tests/valgrind`) see every block.
//! The choice is made once, at the first allocation (reading the
//! environment with C's `getenv`, which does not allocate), and never
//! changes, so every block is freed by the allocator that made it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicPtr, AtomicU8, Ordering::Relaxed};

pub struct PyaotAlloc;

const UNDECIDED: u8 = 0;
const MIMALLOC: u8 = 1;
const SYSTEM: u8 = 2;

static CHOICE: AtomicU8 = AtomicU8::new(UNDECIDED);

extern "C" {
    fn getenv(name: *const std::ffi::c_char) -> *const std::ffi::c_char;
    /// mimalloc's option setter (the library the `mimalloc` crate builds).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (milliseconds
/// before freed memory is returned to the system).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

#[inline(always)]
fn system() -> bool {
    match CHOICE.load(Relaxed) {
        MIMALLOC => false,
        SYSTEM => true,
        _ => {
            // SAFETY: a NUL-terminated name; getenv only reads the environment.
            let set = unsafe { !getenv(c"PYAOT_SYSTEM_ALLOC".as_ptr()).is_null() };
            if !set {
                // Freed memory goes back to the system after 1 ms rather
                // than mimalloc's default 10: a program that frees a big
                // list and makes another would otherwise hold both (peak
                // memory above CPython's, whose large blocks are unmapped
                // when freed). 0 would cost system time on programs that
                // churn small objects (binary_trees: +20%); 1 costs none.
                // SAFETY: setting an option is allowed at any time.
                unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 1) };
            }
            // The first thread to decide wins; all later calls agree with it.
            let want = if set { SYSTEM } else { MIMALLOC };
            match CHOICE.compare_exchange(UNDECIDED, want, Relaxed, Relaxed) {
                Ok(_) => set,
                Err(other) => other == SYSTEM,
            }
        }
    }
}

/// The block freed last, per small size class (16-byte steps up to 256):
/// the next allocation of that class gets it back, as CPython's allocator
/// does, so an object made right after another one died has its id
/// (`id([]) == id([])`), and churn skips the allocator.
static LAST_FREED: [AtomicPtr<u8>; 16] = [const { AtomicPtr::new(std::ptr::null_mut()) }; 16];

/// Blocks this big come from the system allocator: mimalloc reserves
/// address space without committing it, so a request no machine could
/// back (`[0] * 10**10`) would succeed and the process die when filling it;
/// the system allocator's mapping is refused then, and the request is a
/// MemoryError as in CPython.
const HUGE: usize = 1 << 30;

/// The size class of a layout the cache serves.
#[inline(always)]
fn class_of(l: Layout) -> Option<usize> {
    (l.size() > 0 && l.size() <= 256 && l.align() <= 16).then(|| (l.size() - 1) / 16)
}

// SAFETY: each call forwards to one of two allocators, always the same one;
// a cached block is a block of that allocator big enough for its class.
unsafe impl GlobalAlloc for PyaotAlloc {
    #[inline]
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if system() || l.size() >= HUGE {
            return System.alloc(l);
        }
        if let Some(c) = class_of(l) {
            let p = LAST_FREED[c].swap(std::ptr::null_mut(), Relaxed);
            if !p.is_null() {
                return p;
            }
            // Every block of a class is its full size, so any may be reused.
            return mimalloc::MiMalloc.alloc(Layout::from_size_align_unchecked((c + 1) * 16, 16));
        }
        mimalloc::MiMalloc.alloc(l)
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        if system() || l.size() >= HUGE {
            return System.alloc_zeroed(l);
        }
        if class_of(l).is_some() {
            let p = self.alloc(l);
            if !p.is_null() {
                std::ptr::write_bytes(p, 0, l.size());
            }
            return p;
        }
        mimalloc::MiMalloc.alloc_zeroed(l)
    }
    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if system() || l.size() >= HUGE {
            return System.dealloc(p, l);
        }
        if let Some(c) = class_of(l) {
            let old = LAST_FREED[c].swap(p, Relaxed);
            if !old.is_null() {
                mimalloc::MiMalloc.dealloc(old, Layout::from_size_align_unchecked((c + 1) * 16, 16));
            }
            return;
        }
        mimalloc::MiMalloc.dealloc(p, l)
    }
    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        if system() || (l.size() >= HUGE && n >= HUGE) {
            return System.realloc(p, l, n);
        }
        if l.size() >= HUGE || n >= HUGE {
            // Across the line between the two allocators: move the block.
            let q = self.alloc(Layout::from_size_align_unchecked(n, l.align()));
            if !q.is_null() {
                std::ptr::copy_nonoverlapping(p, q, l.size().min(n));
                self.dealloc(p, l);
            }
            return q;
        }
        // A block that may go to the cache later is its class's full size.
        let n = match class_of(Layout::from_size_align_unchecked(n, l.align())) {
            Some(c) => (c + 1) * 16,
            None => n,
        };
        mimalloc::MiMalloc.realloc(p, l, n)
    }
}

/// The number of items in `len` items repeated `n` times (a negative `n`
/// repeats zero times), or CPython's MemoryError when no machine could
/// hold them: a size CPython would refuse must be an exception here, not
/// an abort in the allocator.
pub fn repeat_len(len: usize, n: i64) -> crate::object::exc::PyResult<usize> {
    let n = n.max(0) as usize;
    len.checked_mul(n).filter(|&t| t <= isize::MAX as usize / 16).ok_or_else(memory_error)
}

/// An empty vector with room for `n` items, or MemoryError when the
/// allocator cannot give it.
pub fn try_vec<T>(n: usize) -> crate::object::exc::PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// A bare `MemoryError`, as CPython raises it.
pub fn memory_error() -> crate::object::exc::PyErr {
    crate::object::exc::PyErr::empty(&crate::object::exc::MEMORY_ERROR)
}

/// Keeps the process's memory in ordinary pages. With transparent huge
/// pages, the first touch of fresh heap memory (a growing list, a burst of
/// new objects) makes the kernel find and zero a whole 2 MiB page, which on
/// a busy or virtual machine now and then takes milliseconds: measured, the
/// same program ran from 0.09 s to 0.65 s from run to run, and its peak
/// memory was a third higher. CPython's arenas do not use huge pages
/// either. (Linux only; elsewhere, and on a kernel without the option,
/// nothing changes.)
pub fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        extern "C" {
            fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
        }
        const PR_SET_THP_DISABLE: std::ffi::c_int = 41;
        // SAFETY: PR_SET_THP_DISABLE takes one integer flag and touches no
        // memory of ours; a failure leaves the process as it was.
        unsafe {
            prctl(
                PR_SET_THP_DISABLE,
                1 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
            );
        }
    }
}
