//! Whether saving is offered: Chromium `Preferences` and policy JSON, Firefox `prefs.js` and
//! `policies.json`, and registry policy values.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tukiem_core::checks::browsers::prefs;

fuzz_target!(|data: &[u8]| {
    let _ = prefs::parse_chromium_preferences(data);
    let _ = prefs::parse_chromium_policy_json(data);
    let _ = prefs::parse_firefox_policies(data);
    let text = String::from_utf8_lossy(data);
    let _ = prefs::parse_prefs_js(&text);
    if let Ok(policies) = prefs::parse_windows_policies(&text) {
        for browser in tukiem_core::checks::browsers::BrowserId::ALL {
            let _ = policies.policy(browser);
        }
    }
});
