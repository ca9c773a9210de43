//! Gives the heap that one-off work freed back to the system.
//!
//! glibc's allocator keeps freed pages mapped in case the process asks again; after start-up
//! (the web view's pages, fonts and first screen) and after a check, a report or a roll-up, the
//! app sits idle on a screen for minutes, holding megabytes it no longer uses. Measured on the
//! home screen: the heap's resident pages 6.8 → 4.7 MiB, 1.5 MiB of the main process (README,
//! "Footprint").
//! Only a glibc build trims: Windows's heap has its own decommit rules and was not measured.

/// Caps glibc's heaps at two. glibc gives each thread that allocates a heap ("arena") of its own,
/// up to eight per core; the computer check runs every check on a thread of its own, and each
/// arena kept its pages after the threads were gone. With two, after a check, a report and a
/// roll-up: anonymous memory 5.0 → 3.9 MiB, the heap 4.9 → 5.4 MiB (README, "Footprint"). Call
/// before any thread starts.
pub fn few_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes no pointers and only sets a tunable of the allocator.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Trims the heap when dropped: declare it first in a command, so that it runs after everything
/// else the command allocated is gone.
pub struct TrimOnDrop;

impl Drop for TrimOnDrop {
    fn drop(&mut self) {
        give_back();
    }
}

pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointers; it locks each of glibc's arenas in turn and returns
    // their unused pages, so it is sound from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
