//! Microsoft Defender through WMI (`root\Microsoft\Windows\Defender`): its status
//! (`MSFT_MpComputerStatus`) and its detection history (`MSFT_MpThreatDetection` joined with
//! `MSFT_MpThreat` on `ThreatID`).
//!
//! - `0x800106BA`: Defender's service is not active (another antivirus took over) →
//!   [`FactError::NotActive`].
//! - The namespace is missing where Defender is removed (and on Wine) →
//!   [`FactError::NamespaceMissing`].
//! - Only names, dates and statuses leave this file: `Resources` (the files a threat touched)
//!   and the user names are never read.

use std::collections::BTreeMap;

use windows::Win32::System::Com::{
    CLSCTX_INPROC_SERVER, CoCreateInstance, CoSetProxyBlanket, EOAC_NONE, RPC_C_AUTHN_LEVEL_CALL,
    RPC_C_IMP_LEVEL_IMPERSONATE,
};
use windows::Win32::System::Rpc::{RPC_C_AUTHN_WINNT, RPC_C_AUTHZ_NONE};
use windows::Win32::System::Variant::{
    VARIANT, VT_BOOL, VT_BSTR, VT_I2, VT_I4, VT_UI1, VT_UI4, VariantClear,
};
use windows::Win32::System::Wmi::{
    IWbemClassObject, IWbemLocator, IWbemServices, WBEM_FLAG_FORWARD_ONLY,
    WBEM_FLAG_RETURN_IMMEDIATELY, WbemLocator,
};
use windows::core::{BSTR, PCWSTR};

use super::com::{Com, error};
use crate::checks::facts::{DefenderFacts, Detection, Fact, FactError, InstalledUpdate};
use crate::checks::native::parse_cim_datetime;

const NAMESPACE: &str = r"ROOT\Microsoft\Windows\Defender";
/// Where `Win32_QuickFixEngineering` lives.
const CIMV2: &str = r"ROOT\CIMV2";
/// Rows kept from one query: a detection history is short; a runaway one is cut, not read.
const MAX_ROWS: usize = 500;
/// Each `Next` waits at most this long (milliseconds); the reader's budget bounds the whole.
const NEXT_TIMEOUT_MS: i32 = 5_000;

pub fn defender_status() -> Fact<DefenderFacts> {
    let _com = Com::init()?;
    let services = connect(NAMESPACE)?;
    let rows = query(&services, "SELECT * FROM MSFT_MpComputerStatus")?;
    let row = rows.first().ok_or(FactError::Absent)?;
    // uint32 comes as VT_I4: 4294967295 ("never") reads as -1 and is turned back.
    let age = |name| {
        number(row, name).map(|n| match i32::try_from(n) {
            Ok(small) if small < 0 => u64::from(small as u32),
            _ => n.max(0) as u64,
        })
    };
    Ok(DefenderFacts {
        running_mode: text(row, "AMRunningMode"),
        service_enabled: boolean(row, "AMServiceEnabled"),
        antivirus_enabled: boolean(row, "AntivirusEnabled"),
        realtime: boolean(row, "RealTimeProtectionEnabled"),
        tamper_protected: boolean(row, "IsTamperProtected"),
        signatures_out_of_date: boolean(row, "DefenderSignaturesOutOfDate"),
        signature_age_days: age("AntivirusSignatureAge"),
        signatures_updated: text(row, "AntivirusSignatureLastUpdated")
            .as_deref()
            .and_then(parse_cim_datetime),
        signature_version: text(row, "AntivirusSignatureVersion"),
    })
}

pub fn detections() -> Fact<Vec<Detection>> {
    let _com = Com::init()?;
    let services = connect(NAMESPACE)?;
    // Threat names and categories by id (sint64 comes through WMI as text).
    let mut threats: BTreeMap<String, (Option<String>, Option<u32>, Option<u32>, Option<bool>)> =
        BTreeMap::new();
    for row in query(
        &services,
        "SELECT ThreatID, ThreatName, CategoryID, SeverityID, IsActive FROM MSFT_MpThreat",
    )? {
        if let Some(id) = text(&row, "ThreatID") {
            threats.insert(
                id,
                (
                    text(&row, "ThreatName"),
                    unsigned(&row, "CategoryID"),
                    unsigned(&row, "SeverityID"),
                    boolean(&row, "IsActive"),
                ),
            );
        }
    }
    let mut out = Vec::new();
    for row in query(
        &services,
        "SELECT ThreatID, InitialDetectionTime, ThreatStatusID FROM MSFT_MpThreatDetection",
    )? {
        let Some(id) = text(&row, "ThreatID") else {
            continue;
        };
        let (name, category, severity, active) = threats.get(&id).cloned().unwrap_or_default();
        out.push(Detection {
            threat_name: name.unwrap_or_default(),
            category,
            severity,
            detected: text(&row, "InitialDetectionTime")
                .as_deref()
                .and_then(parse_cim_datetime),
            status: unsigned(&row, "ThreatStatusID"),
            active,
        });
    }
    Ok(out)
}

/// The updates Windows' component servicing installed (`Win32_QuickFixEngineering`): readable
/// by a standard user, answered from the local servicing store without contacting Windows
/// Update. Only the id and the date leave this function.
pub fn installed_updates() -> Fact<Vec<InstalledUpdate>> {
    let _com = Com::init()?;
    let services = connect(CIMV2)?;
    let rows = query(
        &services,
        "SELECT HotFixID, InstalledOn FROM Win32_QuickFixEngineering",
    )?;
    Ok(rows
        .iter()
        .map(|row| InstalledUpdate {
            hotfix_id: text(row, "HotFixID"),
            installed_on: text(row, "InstalledOn"),
        })
        .collect())
}

fn connect(namespace: &str) -> Fact<IWbemServices> {
    // SAFETY: plain COM calls on an initialized thread; every result is checked.
    unsafe {
        let locator: IWbemLocator =
            CoCreateInstance(&WbemLocator, None, CLSCTX_INPROC_SERVER).map_err(|e| error(&e))?;
        let services = locator
            .ConnectServer(
                &BSTR::from(namespace),
                &BSTR::new(),
                &BSTR::new(),
                &BSTR::new(),
                0,
                &BSTR::new(),
                None,
            )
            .map_err(|e| error(&e))?;
        CoSetProxyBlanket(
            &services,
            RPC_C_AUTHN_WINNT,
            RPC_C_AUTHZ_NONE,
            PCWSTR::null(),
            RPC_C_AUTHN_LEVEL_CALL,
            RPC_C_IMP_LEVEL_IMPERSONATE,
            None,
            EOAC_NONE,
        )
        .map_err(|e| error(&e))?;
        Ok(services)
    }
}

fn query(services: &IWbemServices, wql: &str) -> Fact<Vec<IWbemClassObject>> {
    // SAFETY: as in `connect`.
    unsafe {
        let rows = services
            .ExecQuery(
                &BSTR::from("WQL"),
                &BSTR::from(wql),
                WBEM_FLAG_FORWARD_ONLY | WBEM_FLAG_RETURN_IMMEDIATELY,
                None,
            )
            .map_err(|e| error(&e))?;
        let mut out = Vec::new();
        while out.len() < MAX_ROWS {
            let mut row = [None];
            let mut returned = 0;
            let hr = rows.Next(NEXT_TIMEOUT_MS, &mut row, &mut returned);
            if returned == 0 {
                // WBEM_S_FALSE (no more rows), WBEM_S_TIMEDOUT or an error.
                if hr.is_err() {
                    return Err(FactError::from_hresult(hr.0 as u32));
                }
                if hr.0 == 0x40004 {
                    return Err(FactError::TimedOut);
                }
                break;
            }
            if let Some(row) = row[0].take() {
                out.push(row);
            }
        }
        Ok(out)
    }
}

/// A property's value, or `None` when it is missing, null or of another type.
enum Value {
    Text(String),
    Int(i64),
    Bool(bool),
}

fn get(row: &IWbemClassObject, name: &str) -> Option<Value> {
    let wide: Vec<u16> = name.encode_utf16().chain([0]).collect();
    let mut v = VARIANT::default();
    // SAFETY: `wide` is NUL-terminated and outlives the call; the VARIANT is cleared below.
    unsafe {
        row.Get(PCWSTR(wide.as_ptr()), 0, &mut v, None, None).ok()?;
        let inner = &v.Anonymous.Anonymous;
        let value = match inner.vt {
            VT_BSTR => Some(Value::Text(inner.Anonymous.bstrVal.to_string())),
            VT_I4 => Some(Value::Int(i64::from(inner.Anonymous.lVal))),
            VT_UI4 => Some(Value::Int(i64::from(inner.Anonymous.ulVal))),
            VT_I2 => Some(Value::Int(i64::from(inner.Anonymous.iVal))),
            VT_UI1 => Some(Value::Int(i64::from(inner.Anonymous.bVal))),
            VT_BOOL => Some(Value::Bool(inner.Anonymous.boolVal.as_bool())),
            _ => None,
        };
        let _ = VariantClear(&mut v);
        value
    }
}

fn text(row: &IWbemClassObject, name: &str) -> Option<String> {
    match get(row, name)? {
        Value::Text(s) => Some(s),
        Value::Int(n) => Some(n.to_string()),
        Value::Bool(_) => None,
    }
}

fn number(row: &IWbemClassObject, name: &str) -> Option<i64> {
    match get(row, name)? {
        Value::Int(n) => Some(n),
        // uint32 arrives as VT_I4; uint64/sint64 as text.
        Value::Text(s) => s.trim().parse().ok(),
        Value::Bool(_) => None,
    }
}

fn unsigned(row: &IWbemClassObject, name: &str) -> Option<u32> {
    number(row, name).and_then(|n| u32::try_from(n).ok())
}

fn boolean(row: &IWbemClassObject, name: &str) -> Option<bool> {
    match get(row, name)? {
        Value::Bool(b) => Some(b),
        _ => None,
    }
}
