//! The integrity mark of a saved JSON document (`tukiem.report/1`, `tukiem.rollup/1`): a SHA-256
//! digest over the document's canonical content, written into the document itself as
//! `"integrity": "sha256:<hex>"` and checked by whoever reads it back (the roll-up).
//!
//! What it is for, honestly: it tells a report that was damaged on the way (a truncated download,
//! a bad USB stick) or edited by hand in a text editor from one that left TựKiểm as it was. It is
//! **not** a signature: the digest has no secret, so someone who knows this page can edit a report
//! and compute a new digest. It detects damage and casual edits, not a determined forger.
//!
//! Canonical content: the JSON value without its `integrity` field, written compactly with every
//! object's keys sorted (byte order) and serde_json's number and string forms. Whitespace and key
//! order in the file therefore do not matter; any change to a value does.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// The document field that holds the mark.
pub const FIELD: &str = "integrity";
const PREFIX: &str = "sha256:";

/// What the mark of a document read back says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Integrity {
    /// The mark is there and matches the content.
    Intact,
    /// No mark: a document saved before marks existed (not a sign of damage).
    NoMark,
    /// The mark is there but does not match, or is not a mark at all: damaged or edited.
    Damaged,
}

/// The mark for a document (any `integrity` field already in it is ignored).
pub fn mark_of(doc: &Value) -> String {
    let mut canonical = String::with_capacity(4096);
    write_canonical(doc, true, &mut canonical);
    let digest = Sha256::digest(canonical.as_bytes());
    let mut out = String::with_capacity(PREFIX.len() + 64);
    out.push_str(PREFIX);
    for b in digest.iter() {
        out.push(hex_digit(b >> 4));
        out.push(hex_digit(b & 0x0f));
    }
    out
}

/// Adds (or replaces) the mark of an object; anything else is left as it is.
pub fn seal(doc: &mut Value) {
    let mark = mark_of(doc);
    if let Value::Object(map) = doc {
        map.insert(FIELD.to_owned(), Value::String(mark));
    }
}

/// Checks the mark of a document read back.
pub fn verify(doc: &Value) -> Integrity {
    match doc.get(FIELD) {
        None => Integrity::NoMark,
        Some(Value::String(mark)) if *mark == mark_of(doc) => Integrity::Intact,
        Some(_) => Integrity::Damaged,
    }
}

fn hex_digit(n: u8) -> char {
    char::from(b"0123456789abcdef"[usize::from(n & 0x0f)])
}

/// Compact JSON with sorted keys; at the top level the mark itself is left out.
fn write_canonical(v: &Value, top: bool, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map
                .keys()
                .filter(|k| !(top && k.as_str() == FIELD))
                .collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_scalar(&Value::String((*k).clone()), out);
                out.push(':');
                write_canonical(&map[k.as_str()], false, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, false, out);
            }
            out.push(']');
        }
        scalar => write_scalar(scalar, out),
    }
}

fn write_scalar(v: &Value, out: &mut String) {
    // A scalar always serializes.
    out.push_str(&serde_json::to_string(v).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_sealed_document_verifies_whatever_its_layout() {
        let mut doc = json!({"schema": "x/1", "b": [1, "Nguyễn"], "a": {"z": null, "y": true}});
        seal(&mut doc);
        assert_eq!(verify(&doc), Integrity::Intact);
        // Re-indented and keys reordered: the same content.
        let pretty = serde_json::to_string_pretty(&doc).unwrap();
        let again: Value = serde_json::from_str(&pretty).unwrap();
        assert_eq!(verify(&again), Integrity::Intact);
        let mark = doc[FIELD].as_str().unwrap();
        assert!(
            mark.starts_with("sha256:") && mark.len() == 7 + 64,
            "{mark}"
        );
    }

    #[test]
    fn any_changed_value_breaks_the_mark() {
        let mut doc = json!({"score": 55, "person": {"name": "Lan"}});
        seal(&mut doc);
        let mut edited = doc.clone();
        edited["score"] = json!(95);
        assert_eq!(verify(&edited), Integrity::Damaged);
        let mut renamed = doc.clone();
        renamed["person"]["name"] = json!("Lân");
        assert_eq!(verify(&renamed), Integrity::Damaged);
        let mut added = doc.clone();
        added["extra"] = json!(1);
        assert_eq!(verify(&added), Integrity::Damaged);
        let mut garbage = doc;
        garbage[FIELD] = json!(42);
        assert_eq!(verify(&garbage), Integrity::Damaged);
    }

    #[test]
    fn a_document_without_a_mark_is_not_damaged() {
        assert_eq!(
            verify(&json!({"schema": "tukiem.report/1"})),
            Integrity::NoMark
        );
    }

    #[test]
    fn a_saved_report_carries_a_mark_that_verifies_and_an_edit_breaks_it() {
        use crate::Lang;
        use crate::assessment::document::{Person, tests::sample, to_json};
        let json = to_json(&sample(Lang::Vi, Person::default()));
        let doc: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(verify(&doc), Integrity::Intact);
        let mut edited = doc.clone();
        edited["score"] = Value::from(doc["score"].as_i64().unwrap() + 1);
        assert_eq!(verify(&edited), Integrity::Damaged);
    }
}
