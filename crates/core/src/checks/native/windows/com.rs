//! COM for one reader thread, and HRESULTs as fact errors.

use windows::Win32::Foundation::RPC_E_CHANGED_MODE;
use windows::Win32::System::Com::{COINIT_MULTITHREADED, CoInitializeEx, CoUninitialize};

use crate::checks::facts::{Fact, FactError};

/// COM initialized on this thread until dropped.
pub(super) struct Com {
    owned: bool,
}

impl Com {
    pub(super) fn init() -> Fact<Self> {
        // SAFETY: called on the reader's own thread; balanced by `Drop` when it succeeded.
        let hr = unsafe { CoInitializeEx(None, COINIT_MULTITHREADED) };
        if hr.is_ok() {
            Ok(Self { owned: true })
        } else if hr == RPC_E_CHANGED_MODE {
            // Already initialized as a single-threaded apartment: usable as it is.
            Ok(Self { owned: false })
        } else {
            Err(error(&windows::core::Error::from(hr)))
        }
    }
}

impl Drop for Com {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: matches the successful `CoInitializeEx` of this thread.
            unsafe { CoUninitialize() };
        }
    }
}

pub(super) fn error(e: &windows::core::Error) -> FactError {
    FactError::from_hresult(e.code().0 as u32)
}
