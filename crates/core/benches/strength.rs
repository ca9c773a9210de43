//! How long one password assessment takes: on realistic passwords (the per-keystroke case, after
//! debouncing) and on the worst inputs known for zxcvbn (l33t-substitutable symbol soup).
//! Run: cargo bench -p tukiem-core --bench strength

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tukiem_core::Profile;
use tukiem_core::password::strength::{PersonalInputs, agency_words, assess};

const REALISTIC: &[&str] = &[
    "Namdinh@2023",
    "Matkhau@123",
    "Nguyenvana@1990",
    "Admin@123",
    "QuangNam@2024",
    "P@ssw0rd",
    "AaBc146#@",
    "Gio-Bien7-Xanh!Ngat",
    "xK9#mP2$vL7q",
    "Tranthihoa15081985",
    "Mậtkhẩu@123",
    "correct-Horse-battery-staple-9",
];

/// The symbol run that makes zxcvbn's l33t enumeration explode (see passwords.md §1.5).
const SOUP: &str = "4@8({[</369&#!1/|0$5+7%2/";

fn bench(c: &mut Criterion) {
    let profile = Profile::embedded();
    let agency = agency_words(&profile);
    let personal = PersonalInputs::default();
    let rule = &profile.password_rule;
    // Build the dictionaries once, as the app does at first use.
    assess("warm-up", rule, &agency, &personal);

    c.bench_function("assess/realistic (each of 12)", |b| {
        b.iter(|| {
            for p in REALISTIC {
                black_box(assess(black_box(p), rule, &agency, &personal));
            }
        })
    });
    let soup25: String = SOUP.chars().cycle().take(25).collect();
    let soup100: String = SOUP.chars().cycle().take(100).collect();
    let soup256: String = SOUP.chars().cycle().take(256).collect();
    let mut g = c.benchmark_group("assess/worst case");
    g.sample_size(10);
    for (name, p) in [
        ("25 symbols", &soup25),
        ("100 symbols", &soup100),
        ("256 symbols", &soup256),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| black_box(assess(black_box(p), rule, &agency, &personal)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
