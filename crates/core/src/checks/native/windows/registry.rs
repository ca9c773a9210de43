//! The registry through `winreg`: the values of one key and when it was last written, read
//! only.

use winreg::RegKey;
use winreg::enums::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, KEY_READ, RegType};

use crate::checks::facts::{Fact, FactError, Hive, RegData, RegValues};

/// At most this many values are kept from one key: policy keys hold a handful.
const MAX_VALUES: usize = 1000;

/// The key opened for reading; `Ok(None)` when it does not exist.
fn open(hive: Hive, key: &str) -> Fact<Option<RegKey>> {
    let root = RegKey::predef(match hive {
        Hive::LocalMachine => HKEY_LOCAL_MACHINE,
        Hive::CurrentUser => HKEY_CURRENT_USER,
    });
    match root.open_subkey_with_flags(key, KEY_READ) {
        Ok(key) => Ok(Some(key)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error(&e)),
    }
}

/// The key's last-write time (`RegQueryInfoKeyW`), as Unix seconds.
pub fn written(hive: Hive, key: &str) -> Fact<Option<i64>> {
    let Some(key) = open(hive, key)? else {
        return Ok(None);
    };
    let info = key.query_info().map_err(|e| io_error(&e))?;
    let ticks = (u64::from(info.last_write_time.dwHighDateTime) << 32)
        | u64::from(info.last_write_time.dwLowDateTime);
    Ok(Some(crate::checks::native::filetime_unix(ticks)))
}

pub fn values(hive: Hive, key: &str) -> Fact<Option<RegValues>> {
    let Some(key) = open(hive, key)? else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for item in key.enum_values().take(MAX_VALUES) {
        let (name, value) = item.map_err(|e| io_error(&e))?;
        let data = match value.vtype {
            RegType::REG_DWORD => {
                u32::from_reg_value_or_none(&value).map(|n| RegData::Number(n.into()))
            }
            RegType::REG_QWORD => u64::from_reg_value_or_none(&value).map(RegData::Number),
            RegType::REG_SZ | RegType::REG_EXPAND_SZ => {
                String::from_reg_value_or_none(&value).map(RegData::Text)
            }
            RegType::REG_MULTI_SZ => {
                Vec::<String>::from_reg_value_or_none(&value).map(RegData::List)
            }
            _ => None,
        }
        .unwrap_or(RegData::Other);
        out.push((name, data));
    }
    Ok(Some(RegValues(out)))
}

trait FromRegOrNone: Sized {
    fn from_reg_value_or_none(value: &winreg::RegValue) -> Option<Self>;
}

impl<T: winreg::types::FromRegValue> FromRegOrNone for T {
    fn from_reg_value_or_none(value: &winreg::RegValue) -> Option<Self> {
        T::from_reg_value(value).ok()
    }
}

fn io_error(e: &std::io::Error) -> FactError {
    if e.kind() == std::io::ErrorKind::PermissionDenied {
        FactError::AccessDenied
    } else {
        match e.raw_os_error() {
            Some(code) => FactError::Com(0x8007_0000 | (code as u32 & 0xFFFF)),
            None => FactError::Failed("registry read failed".to_owned()),
        }
    }
}
