//! Windows readers: Security Center through `IWSCProductList` (COM, `wscapi`), Defender through
//! WMI (`root\Microsoft\Windows\Defender`), the registry through `winreg`. No script host.
//!
//! Every entry point here is called inside [`super::with_budget`], on a thread of its own, so
//! each initializes COM for itself.

mod com;
pub mod registry;
pub mod wmi;
pub mod wsc;

use crate::checks::facts::{Fact, Hive, OsFacts, RegData};

/// Windows' name, version and product type, from the registry keys `winver` reads.
pub fn os_facts() -> Fact<OsFacts> {
    let current = registry::values(
        Hive::LocalMachine,
        r"SOFTWARE\Microsoft\Windows NT\CurrentVersion",
    )?
    .unwrap_or_default();
    let options = registry::values(
        Hive::LocalMachine,
        r"SYSTEM\CurrentControlSet\Control\ProductOptions",
    )?
    .unwrap_or_default();
    let text = |v: Option<&RegData>| v.and_then(RegData::as_text).map(str::to_owned);
    let major = current.get("CurrentMajorVersionNumber");
    let build =
        text(current.get("CurrentBuildNumber")).or_else(|| text(current.get("CurrentBuild")));
    let build_number = build.as_deref().and_then(|b| b.trim().parse::<u32>().ok());
    let version = match (major, build) {
        (Some(RegData::Number(m)), Some(b)) => Some(format!("{m}.0.{b}")),
        (_, Some(b)) => Some(b),
        _ => None,
    };
    // `Win32_OperatingSystem.ProductType` numbering.
    let product_type = text(options.get("ProductType")).and_then(|t| {
        match t.trim().to_ascii_lowercase().as_str() {
            "winnt" => Some(1),
            "lanmannt" => Some(2),
            "servernt" => Some(3),
            _ => None,
        }
    });
    Ok(OsFacts {
        caption: text(current.get("ProductName"))
            .map(|name| super::windows_caption(&name, build_number)),
        version,
        product_type,
    })
}
