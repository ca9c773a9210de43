//! Reading what Windows PowerShell 5.1's `ConvertTo-Json` prints, with its traps
//! (`../shared/reference/machine-checks.md` A7 and Gotcha 6):
//!
//! - dates come as `"\/Date(1747629519000)\/"`, as an object `{"value": "\/Date(…)\/", …}`
//!   (a `Get-Date` value), or as ISO 8601 (PowerShell 7, or our script formatting them itself);
//! - a one-element array comes out as the bare element, and an empty one as nothing at all;
//! - the output may start with a byte-order mark or a stray line before the JSON;
//! - property names are case-insensitive in PowerShell, so a hand-edited recording may differ.

use serde_json::Value;

use super::dates::parse_iso8601;

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum JsonError {
    #[error("empty output")]
    Empty,
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("not a JSON object")]
    NotAnObject,
}

/// The first JSON value in `text`, skipping a BOM and any text before it (a warning line
/// PowerShell printed first), and ignoring what follows the value. Each `{` or `[` is tried
/// in turn, up to a bound, so a bracket inside a stray line does not hide the document.
pub fn first_json_value(text: &str) -> Result<Value, JsonError> {
    const MAX_TRIES: usize = 64;
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(JsonError::Empty);
    }
    let mut first_error = None;
    for (start, _) in text.match_indices(['{', '[']).take(MAX_TRIES) {
        let mut stream = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(value)) => return Ok(value),
            Some(Err(e)) => {
                first_error.get_or_insert_with(|| e.to_string());
            }
            None => {}
        }
    }
    Err(JsonError::NotJson(
        first_error.unwrap_or_else(|| text.chars().take(80).collect()),
    ))
}

/// A property of an object: exact name first, then any case.
pub fn field<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    let map = value.as_object()?;
    map.get(name).or_else(|| {
        map.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
}

/// A list however PowerShell printed it: an array, a single bare element, or nothing.
pub fn list(value: Option<&Value>) -> Vec<&Value> {
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
    }
}

/// `true`/`false`, or the same as text (`"True"`) or a number (0/1).
pub fn boolean(value: Option<&Value>) -> Option<bool> {
    match value? {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        Value::Number(n) => match n.as_u64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// A non-negative whole number, or the same as text.
pub fn unsigned(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= u64::MAX as f64)
                .map(|f| f as u64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Text, trimmed; `None` when absent, null or empty.
pub fn text(value: Option<&Value>) -> Option<String> {
    let s = match value? {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A date in any of the shapes PowerShell prints, as Unix seconds.
pub fn date(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::String(s) => parse_ms_date(s).or_else(|| parse_iso8601(s)),
        // A `Get-Date` value in 5.1: {"value": "\/Date(…)\/", "DisplayHint": 2, "DateTime": "…"}.
        obj @ Value::Object(_) => date(field(obj, "value")),
        _ => None,
    }
}

/// `/Date(1747629519000)/`, also with an offset (`/Date(1747629519000+0700)/`, the instant is
/// the number either way) or a negative number (before 1970).
pub fn parse_ms_date(text: &str) -> Option<i64> {
    let text = text.trim().replace("\\/", "/");
    let inner = text.strip_prefix("/Date(")?.strip_suffix(")/")?;
    let digits_end = inner
        .char_indices()
        .skip(1)
        .find(|(_, c)| *c == '+' || *c == '-')
        .map_or(inner.len(), |(i, _)| i);
    let millis: i64 = inner[..digits_end].parse().ok()?;
    Some(millis.div_euclid(1000))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn dates_in_every_powershell_shape() {
        let expected = Some(1_747_629_519);
        // After JSON decoding, 5.1's "\/Date(…)\/" is "/Date(…)/".
        assert_eq!(date(Some(&json!("/Date(1747629519000)/"))), expected);
        assert_eq!(date(Some(&json!("/Date(1747629519000+0700)/"))), expected);
        assert_eq!(date(Some(&json!("2025-05-19T04:38:39.0000000Z"))), expected);
        assert_eq!(date(Some(&json!("2025-05-19T11:38:39+07:00"))), expected);
        let nested = json!({
            "value": "/Date(1747629519000)/",
            "DisplayHint": 2,
            "DateTime": "Monday, May 19, 2025 11:38:39 AM"
        });
        assert_eq!(date(Some(&nested)), expected);
        assert_eq!(date(Some(&json!("/Date(-86400000)/"))), Some(-86_400));
        assert_eq!(date(Some(&json!(null))), None);
        assert_eq!(date(Some(&json!("/Date(abc)/"))), None);
        assert_eq!(date(Some(&json!(""))), None);
    }

    #[test]
    fn raw_powershell_text_with_escaped_slashes_parses_too() {
        let v = first_json_value(r#"{"d":"\/Date(1747629519000)\/"}"#).unwrap();
        assert_eq!(date(field(&v, "d")), Some(1_747_629_519));
    }

    #[test]
    fn single_objects_and_missing_lists_read_as_lists() {
        let one = json!({"displayName": "Bkav Pro"});
        assert_eq!(list(Some(&one)).len(), 1);
        assert_eq!(list(Some(&json!([one.clone(), one]))).len(), 2);
        assert!(list(None).is_empty());
        assert!(list(Some(&Value::Null)).is_empty());
    }

    #[test]
    fn the_document_is_found_after_a_bom_or_a_stray_line() {
        let v = first_json_value("\u{feff}WARNING: x {y}\r\n{\"a\": 1}\r\ntrailing").unwrap();
        assert_eq!(unsigned(field(&v, "A")), Some(1), "names ignore case");
        assert_eq!(first_json_value("  \r\n"), Err(JsonError::Empty));
        assert!(matches!(
            first_json_value("Get-CimInstance : Access denied"),
            Err(JsonError::NotJson(_))
        ));
        assert!(matches!(
            first_json_value("{\"a\": "),
            Err(JsonError::NotJson(_))
        ));
    }

    #[test]
    fn loose_scalars() {
        assert_eq!(boolean(Some(&json!("True"))), Some(true));
        assert_eq!(boolean(Some(&json!(0))), Some(false));
        assert_eq!(boolean(Some(&json!("maybe"))), None);
        assert_eq!(unsigned(Some(&json!("4294967295"))), Some(4_294_967_295));
        assert_eq!(unsigned(Some(&json!(-1))), None);
        assert_eq!(unsigned(Some(&json!(7.0))), Some(7));
        assert_eq!(text(Some(&json!("  "))), None);
    }
}
