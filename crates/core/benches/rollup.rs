//! 10,000 self-check reports rolled up into an .xlsx: parse and check each report's integrity
//! mark, merge, summarize, render the view and write the workbook. The reports are real
//! `tukiem.report/1` documents made by core's report builder (kept in memory so the figure is the
//! roll-up's, not the disk's). Goal: under 2 s on the 2-core build machine (README).

use criterion::{Criterion, criterion_group, criterion_main};
use tukiem_core::assessment::{MachineFacts, Person, ReportInput, document};
use tukiem_core::password::checklist::Checklist;
use tukiem_core::rollup::{Builder, Options, xlsx};
use tukiem_core::{Lang, Localizer, Profile};

const PEOPLE: usize = 10_000;
const NOW: i64 = 20_782 * 86_400;

fn reports() -> Vec<(String, Vec<u8>)> {
    let profile = Profile::embedded();
    let l = Localizer::new(Lang::Vi);
    (0..PEOPLE)
        .map(|i| {
            let mut checklist = Checklist::default();
            if i % 3 != 0 {
                checklist.mark("dich-vu-cong", "2026-11-20");
            }
            let name = format!("Nguy\u{1ec5}n V\u{103}n {i}");
            let unit = format!("X\u{e3} s\u{1ed1} {}", i / 25);
            let doc = document::build(
                &ReportInput {
                    profile: &profile,
                    check: None,
                    checklist: Some(&checklist),
                    person: Person::new(Some(&name), Some(&unit)),
                    machine: MachineFacts {
                        hostname: Some(format!("PC-{i:05}")),
                        os_name: Some("Windows 11 Pro".into()),
                        recorded: None,
                    },
                    now_unix: NOW,
                    utc_offset_minutes: 420,
                },
                &l,
            );
            (format!("{i}.json"), document::to_json(&doc).into_bytes())
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let files = reports();
    let l = Localizer::new(Lang::Vi);
    let opts = Options {
        now_unix: NOW,
        utc_offset_minutes: 420,
        staff: None,
    };
    let mut group = c.benchmark_group("rollup");
    group.sample_size(10);
    group.bench_function("10000_reports_to_xlsx", |b| {
        b.iter(|| {
            let mut builder = Builder::new();
            for (name, bytes) in &files {
                builder.add_bytes(name.clone(), bytes);
            }
            let r = builder.finish(&opts, &l);
            assert_eq!(r.people.len(), PEOPLE);
            xlsx::render(&r, &l).expect("workbook")
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
