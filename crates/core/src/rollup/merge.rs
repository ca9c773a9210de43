//! One row per person and machine: when the same person brings several reports of the same
//! computer, the latest check wins and the others are listed as replaced. Names are compared
//! folded ([`super::staff::fold`]: case, spacing and Unicode form do not matter, diacritics do:
//! "Lan" and "Lân" are two people). A report with neither a name nor a computer name is never
//! merged with another: nothing says it is the same person.

use std::collections::HashMap;

use super::row::{Replaced, Row};
use super::staff::fold;

#[derive(Debug, Default)]
pub struct Merged {
    pub rows: Vec<Row>,
    pub replaced: Vec<Replaced>,
}

pub fn merge(rows: Vec<Row>) -> Merged {
    let mut out = Merged::default();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    for row in rows {
        let key = (
            fold(row.name.as_deref().unwrap_or("")),
            fold(row.machine.as_deref().unwrap_or("")),
        );
        if key.0.is_empty() && key.1.is_empty() {
            out.rows.push(row);
            continue;
        }
        match by_key.get(&key) {
            None => {
                by_key.insert(key, out.rows.len());
                out.rows.push(row);
            }
            Some(&at) => {
                let kept = &mut out.rows[at];
                let (older, newer) = if row.moment() > kept.moment() {
                    (std::mem::replace(kept, row), &out.rows[at])
                } else {
                    (row, &out.rows[at])
                };
                out.replaced.push(Replaced {
                    file: older.source,
                    name: older.name,
                    machine: older.machine,
                    checked_at: older.checked_at,
                    by: newer.source.clone(),
                });
            }
        }
    }
    out
}
