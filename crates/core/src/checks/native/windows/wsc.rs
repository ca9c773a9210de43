//! Security Center's antivirus products through `IWSCProductList` (wscapi), as osquery's
//! `windows_security_products` table and Chrome read them. The COM class lives in
//! `wscapi.dll`, which Windows Server and Wine do not have: `CoCreateInstance` then fails with
//! "class not registered", which is [`FactError::Absent`], never a crash.

use windows::Win32::System::Com::{CLSCTX_INPROC_SERVER, CoCreateInstance};
use windows::Win32::System::SecurityCenter::{
    IWSCProductList, IWscProduct, WSC_SECURITY_PRODUCT_OUT_OF_DATE,
    WSC_SECURITY_PRODUCT_STATE_EXPIRED, WSC_SECURITY_PRODUCT_STATE_OFF,
    WSC_SECURITY_PRODUCT_STATE_ON, WSC_SECURITY_PRODUCT_STATE_SNOOZED,
    WSC_SECURITY_PRODUCT_UP_TO_DATE, WSC_SECURITY_PROVIDER_ANTIVIRUS, WSCProductList,
};

use super::com::{Com, error};
use crate::checks::facts::{Fact, WscProduct, WscProductState, WscSignatures};

pub fn antivirus_products() -> Fact<Vec<WscProduct>> {
    let _com = Com::init()?;
    // SAFETY: plain COM calls on an initialized thread; every result is checked.
    unsafe {
        let list: IWSCProductList =
            CoCreateInstance(&WSCProductList, None, CLSCTX_INPROC_SERVER).map_err(|e| error(&e))?;
        list.Initialize(WSC_SECURITY_PROVIDER_ANTIVIRUS)
            .map_err(|e| error(&e))?;
        let count = list.Count().map_err(|e| error(&e))?;
        let mut out = Vec::new();
        for i in 0..u32::try_from(count).unwrap_or(0) {
            let product = list.get_Item(i).map_err(|e| error(&e))?;
            out.push(read(&product));
        }
        Ok(out)
    }
}

/// One product; a property that cannot be read is unknown, not a failure of the list.
unsafe fn read(p: &IWscProduct) -> WscProduct {
    let text = |b: windows::core::Result<windows::core::BSTR>| {
        b.ok().map(|s| s.to_string()).filter(|s| !s.is_empty())
    };
    // SAFETY: `p` is a live product of the list.
    unsafe {
        let state = match p.ProductState() {
            Ok(WSC_SECURITY_PRODUCT_STATE_ON) => Some(WscProductState::On),
            Ok(WSC_SECURITY_PRODUCT_STATE_OFF) => Some(WscProductState::Off),
            Ok(WSC_SECURITY_PRODUCT_STATE_SNOOZED) => Some(WscProductState::Snoozed),
            Ok(WSC_SECURITY_PRODUCT_STATE_EXPIRED) => Some(WscProductState::Expired),
            _ => None,
        };
        let signatures = match p.SignatureStatus() {
            Ok(WSC_SECURITY_PRODUCT_UP_TO_DATE) => Some(WscSignatures::UpToDate),
            Ok(WSC_SECURITY_PRODUCT_OUT_OF_DATE) => Some(WscSignatures::OutOfDate),
            _ => None,
        };
        WscProduct {
            name: text(p.ProductName()).unwrap_or_default(),
            guid: text(p.ProductGuid()),
            state,
            signatures,
            timestamp: text(p.ProductStateTimestamp()),
            remediation_path: text(p.RemediationPath()),
        }
    }
}
