//! The decision side of the Windows checks over every shipped recorded machine: the native
//! facts are already in memory (`facts.toml` loaded once), so this measures what TựKiểm itself
//! adds after Windows answers — antivirus, stealer detections, proxy and extensions decisions.
//! Run: cargo bench -p tukiem-core --bench scenarios

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use tukiem_core::checks::antivirus::AntivirusCheck;
use tukiem_core::checks::extensions::BrowserExtensionsCheck;
use tukiem_core::checks::proxy::ProxyCheck;
use tukiem_core::checks::scenario::ScenarioEnv;
use tukiem_core::checks::stealer::StealerDetectionsCheck;
use tukiem_core::checks::{Check, Env, OsKind};

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    let mut envs: Vec<ScenarioEnv> = std::fs::read_dir(&root)
        .expect("scenarios/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("scenario.toml").is_file())
        .map(|p| ScenarioEnv::load(&p).expect("scenario loads"))
        .filter(|e| e.os() == OsKind::Windows)
        .collect();
    envs.sort_by_key(|e| e.title.clone());
    let checks: Vec<Box<dyn Check>> = vec![
        Box::new(AntivirusCheck),
        Box::new(StealerDetectionsCheck),
        Box::new(ProxyCheck { allowed: vec![] }),
        Box::new(BrowserExtensionsCheck { allowed: vec![] }),
    ];
    c.bench_function("windows decisions over every Windows scenario", |b| {
        b.iter(|| {
            for env in &envs {
                for check in &checks {
                    black_box(check.run(black_box(env)));
                }
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
