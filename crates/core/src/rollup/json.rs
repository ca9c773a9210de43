//! The roll-up as JSON (`tukiem.rollup/1`), sealed with the same integrity mark as the
//! self-check report, so it can be read back as input (a district rolls up its offices).

use serde::Serialize;

use super::view::Rollup;
use crate::assessment::integrity;

pub fn to_json(rollup: &Rollup) -> String {
    #[derive(Serialize)]
    struct Sealed<'a> {
        #[serde(flatten)]
        rollup: &'a Rollup,
        integrity: String,
    }
    // Strings, numbers and enums only: serializing cannot fail.
    let integrity = integrity::mark_of(&serde_json::to_value(rollup).unwrap_or_default());
    serde_json::to_string_pretty(&Sealed { rollup, integrity }).unwrap_or_default() + "\n"
}
