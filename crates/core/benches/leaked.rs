//! The leaked-password filter: one lookup (a salted SHA-256 and three reads), reading the shipped
//! filter file once (checksum + copy), and the false-positive rate on a million random
//! passwords (printed, for the README).
//! Run: cargo bench -p tukiem-core --bench leaked

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tukiem_core::password::leaked::{LeakFilter, builtin};

const BUILTIN: &[u8] = include_bytes!("../data/leaks/builtin.tkleaks");

fn false_positive_rate() {
    let f = builtin().expect("the shipped filter reads");
    let mut x: u64 = 0x1234_5678_9abc_def1;
    let n = 1_000_000;
    let mut hits = 0;
    for _ in 0..n {
        let p: String = (0..14)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                char::from(b'!' + (x % 94) as u8)
            })
            .collect();
        hits += f.contains(&p) as usize;
    }
    println!(
        "shipped filter: {} passwords, {} bytes; false positives {hits} of {n} random 14-character passwords ({:.4} %)",
        f.entries(),
        BUILTIN.len(),
        100.0 * hits as f64 / n as f64
    );
}

fn bench(c: &mut Criterion) {
    false_positive_rate();
    let f = builtin().unwrap();
    c.bench_function("leaked/lookup (listed)", |b| {
        b.iter(|| black_box(f.contains(black_box("P@ssw0rd"))))
    });
    c.bench_function("leaked/lookup (not listed)", |b| {
        b.iter(|| black_box(f.contains(black_box("Gio-Bien7-Xanh!Ngat"))))
    });
    let mut g = c.benchmark_group("leaked/read");
    g.sample_size(10);
    g.bench_function("shipped filter (checksum + copy)", |b| {
        b.iter(|| black_box(LeakFilter::parse(black_box(BUILTIN)).is_ok()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
