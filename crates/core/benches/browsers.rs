//! The whole saved-browser-password check over a big fixture home: 10 Chromium profiles of
//! 5,000 logins each (Chrome, Edge, Cốc Cốc; a tenth of them `*.gov.vn`, both login stores)
//! plus 3 Firefox profiles of 500 logins. Goal: well under 150 ms.
//! Run: cargo bench -p tukiem-core --bench browsers

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use std::sync::Arc;
use tukiem_core::checks::browsers::fixtures::{FirefoxLogin, FixtureHome, Login};
use tukiem_core::checks::browsers::{BrowserId, BrowserPasswordsCheck, gov};
use tukiem_core::links;

use tukiem_core::checks::{self, Check, CommandOutcome, Env, RunOptions};

fn urls_of(seed: &str, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            if i % 10 == 0 {
                format!("https://sys{i}.{seed}.gov.vn/login")
            } else {
                format!("https://site{i}.{seed}.example.com/account/login")
            }
        })
        .collect()
}

fn logins(seed: &str, n: usize) -> Vec<Login> {
    urls_of(seed, n)
        .iter()
        .map(|url| Login::saved(url, b"v10"))
        .collect()
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let home = FixtureHome::windows(tmp.path());
    for (browser, profiles) in [
        (BrowserId::Chrome, 4),
        (BrowserId::Edge, 3),
        (BrowserId::CocCoc, 3),
    ] {
        let udd = home.chromium(browser);
        for p in 0..profiles {
            let name = if p == 0 {
                "Default".to_owned()
            } else {
                format!("Profile {p}")
            };
            let seed = format!("{}{p}", browser.code());
            udd.profile(&name)
                .login_data(&logins(&seed, 4_500))
                .account_data(&logins(&format!("{seed}a"), 500));
        }
    }
    let firefox = home.firefox();
    for p in 0..3 {
        let list: Vec<FirefoxLogin> = (0..500)
            .map(|i| FirefoxLogin::saved(&format!("https://ff{p}-{i}.namdinh.gov.vn")))
            .collect();
        firefox.profile(&format!("prof{p}.default")).logins(&list);
    }
    let env = home
        .env(1_795_000_000)
        .with_default_command(CommandOutcome::NotFound);

    let out = BrowserPasswordsCheck::default().run(&env);
    assert_eq!(out.browsers.len(), 13);
    assert_eq!(
        out.browsers.iter().map(|p| p.saved_logins).sum::<u32>(),
        51_500
    );

    c.bench_function("browsers/10 chromium x 5000 + 3 firefox", |b| {
        b.iter(|| black_box(BrowserPasswordsCheck::default().run(black_box(&env))))
    });

    // The two per-login decisions alone, over the same 51,500 saved URLs (each URL is in the
    // stores once): is it a gov.vn host, and is it a look-alike of an official one. What the
    // check costs beyond them is reading the stores.
    let urls: Vec<String> = [
        (BrowserId::Chrome, 4),
        (BrowserId::Edge, 3),
        (BrowserId::CocCoc, 3),
    ]
    .iter()
    .flat_map(|&(browser, profiles)| (0..profiles).map(move |p| format!("{}{p}", browser.code())))
    .flat_map(|seed| {
        let mut all = urls_of(&seed, 4_500);
        all.extend(urls_of(&format!("{seed}a"), 500));
        all
    })
    .chain((0..3).flat_map(|p| (0..500).map(move |i| format!("https://ff{p}-{i}.namdinh.gov.vn"))))
    .collect();
    assert_eq!(urls.len(), 51_500);
    c.bench_function("decisions alone/gov.vn host, 51,500 saved URLs", |b| {
        b.iter(|| {
            urls.iter()
                .filter(|u| gov::gov_host(black_box(u)).is_some())
                .count()
        })
    });
    c.bench_function("decisions alone/look-alike, 51,500 saved URLs", |b| {
        b.iter(|| {
            urls.iter()
                .filter(|u| links::saved_login_lookalike(black_box(u)).is_some())
                .count()
        })
    });

    // The whole check as the app and CLI run it: every check, on the runner's threads, over the
    // same home (the antivirus finds no program to ask, so this is the file work plus overhead).
    let shared: Arc<dyn Env> = Arc::new(env);
    c.bench_function("full check/10 chromium x 5000 + 3 firefox", |b| {
        b.iter(|| {
            black_box(
                checks::run_blocking(
                    shared.clone(),
                    checks::all_checks(),
                    RunOptions::default(),
                    Arc::new(|_| {}),
                )
                .expect("runtime"),
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
