//! Reuse detection against the real OS keyring (Secret Service on Linux). Ignored in a plain
//! `cargo test` because it needs a keyring daemon; `scripts/test` runs it inside a private D-Bus
//! session with gnome-keyring unlocked:
//! `cargo test -p tukiem-core --test os_keyring -- --ignored`.

use tukiem_core::password::fingerprints::{KeyStore, OsKeyring, fingerprint_key};

#[test]
#[ignore = "needs a Secret Service; scripts/test provides one"]
fn key_round_trips_through_the_real_secret_service() {
    // Its own account name, so a developer's real TựKiểm key is never touched.
    let store = OsKeyring {
        service: "vn.tukiem.app.test".into(),
        account: format!("fingerprint-key-{}", std::process::id()),
    };
    assert!(
        store.load().unwrap().is_none(),
        "a fresh account starts empty"
    );
    let first = fingerprint_key(&store).unwrap();
    let again = fingerprint_key(&store).unwrap();
    assert_eq!(
        *first, *again,
        "the key made on first use is the one read back"
    );
    assert_eq!(store.load().unwrap().as_deref().map(Vec::len), Some(32));
}
