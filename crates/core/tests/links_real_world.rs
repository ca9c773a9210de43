//! The link check on links nobody on this project wrote: fake sites of state bodies that
//! Vietnamese news reports, the bodies' own warnings and the chongluadao.vn blocklist named
//! (`tests/data/links/reported-fakes.tsv`, sources and licences in its header), the State's real
//! sites, and ordinary Vietnamese sites.
//!
//! The fakes are split by a hash of the host, decided before the checker ran on any of them:
//! the rules were tuned on the TUNE part only; the HELD-OUT part measures them. The figures
//! are printed (`cargo test -p tukiem-core --test links_real_world -- --nocapture`) and in the
//! README.

use std::path::Path;

use tukiem_core::links::{Officials, Verdict, check_text, saved_login_lookalike};

fn data(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/links")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// FNV-1a, 64 bits: the split's hash (stable, no crate needed).
fn fnv1a64(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

struct Fake {
    host: String,
    name_group: bool,
    held_out: bool,
}

/// One line of a fakes file: host, body it imitates, group ("name" / "no-name"), sources.
fn fake_columns(line: &str) -> (String, bool) {
    let cols: Vec<&str> = line.split('\t').collect();
    assert_eq!(cols.len(), 4, "{line}");
    assert!(matches!(cols[2], "name" | "no-name"), "{line}");
    (cols[0].to_owned(), cols[2] == "name")
}

fn fakes() -> Vec<Fake> {
    lines(&data("reported-fakes.tsv"))
        .map(|line| {
            let (host, name_group) = fake_columns(line);
            let held_out = fnv1a64(&host).is_multiple_of(2);
            Fake {
                host,
                name_group,
                held_out,
            }
        })
        .collect()
}

fn verdict(host: &str) -> Verdict {
    let checks = check_text(Officials::builtin(), host);
    assert_eq!(checks.len(), 1, "{host}: {checks:?}");
    checks[0].verdict
}

/// The browser check asks about a saved login's site; it must answer as the link check does.
#[track_caller]
fn browser_agrees(host: &str, verdict: Verdict) {
    let saved = saved_login_lookalike(&format!("https://{host}/"));
    assert_eq!(
        saved.is_some(),
        verdict == Verdict::Lookalike,
        "the browser check and the link check disagree on {host}"
    );
}

fn percent(caught: usize, of: usize) -> f64 {
    if of == 0 {
        100.0
    } else {
        100.0 * caught as f64 / of as f64
    }
}

#[test]
fn reported_state_fakes_are_caught_on_the_held_out_part_and_no_real_site_is_called_a_fake() {
    let fakes = fakes();
    let mut report = Vec::new();
    let mut missed = Vec::new();
    for (part, held_out) in [("tune", false), ("held-out", true)] {
        let set: Vec<&Fake> = fakes
            .iter()
            .filter(|f| f.name_group && f.held_out == held_out)
            .collect();
        let mut caught = 0;
        for f in &set {
            let v = verdict(&f.host);
            browser_agrees(&f.host, v);
            if v == Verdict::Lookalike {
                caught += 1;
            } else {
                missed.push(format!("{part}: {} → {}", f.host, v.code()));
            }
        }
        report.push((part, caught, set.len()));
    }
    let no_name: Vec<&Fake> = fakes.iter().filter(|f| !f.name_group).collect();
    let no_name_caught = no_name
        .iter()
        .filter(|f| verdict(&f.host) == Verdict::Lookalike)
        .count();

    let mut wrongly_called_fake = Vec::new();
    let mut official_not_official = Vec::new();
    let official = data("official-hosts.txt");
    let ordinary = data("ordinary-hosts.txt");
    for host in lines(&official) {
        let v = verdict(host);
        browser_agrees(host, v);
        if v == Verdict::Lookalike {
            wrongly_called_fake.push(format!("official {host}"));
        } else if v != Verdict::Official {
            official_not_official.push(host.to_owned());
        }
    }
    for host in lines(&ordinary) {
        let v = verdict(host);
        browser_agrees(host, v);
        if v == Verdict::Lookalike {
            wrongly_called_fake.push(format!("ordinary {host}"));
        }
    }

    for (part, caught, of) in &report {
        println!(
            "reported state look-alikes, {part}: {caught} of {of} caught ({:.1} %)",
            percent(*caught, *of)
        );
    }
    println!(
        "reported fakes whose host names no state body (not counted): {no_name_caught} of {} caught",
        no_name.len()
    );
    println!(
        "official hosts: {}, ordinary hosts: {}, called look-alikes: {}",
        lines(&official).count(),
        lines(&ordinary).count(),
        wrongly_called_fake.len()
    );
    println!("missed: {missed:#?}");

    let (_, caught, of) = report[1];
    assert!(of >= 20, "the held-out part is too small to measure: {of}");
    assert!(
        percent(caught, of) >= 95.0,
        "held-out: {caught} of {of} caught; missed: {missed:#?}"
    );
    assert!(
        wrongly_called_fake.is_empty(),
        "real sites called look-alikes: {wrongly_called_fake:#?}"
    );
    assert!(
        official_not_official.is_empty(),
        "real state sites not called official: {official_not_official:#?}"
    );
}

/// Whole public lists of ordinary sites (`ordinary-hosts-public.txt`: ABPVN's cosmetic rules,
/// Vietnam's universities, hostsVN's ad hosts), not picked by hand: no host in them is a fake.
#[test]
fn no_site_of_three_public_lists_of_ordinary_vietnamese_sites_is_called_a_fake() {
    let list = data("ordinary-hosts-public.txt");
    let mut wrongly_called_fake = Vec::new();
    for host in lines(&list) {
        let v = verdict(host);
        browser_agrees(host, v);
        if v == Verdict::Lookalike {
            wrongly_called_fake.push(host.to_owned());
        }
    }
    let count = lines(&list).count();
    println!(
        "public lists of ordinary sites: {count} hosts, called look-alikes: {}",
        wrongly_called_fake.len()
    );
    assert!(count >= 900, "the lists lost hosts: {count}");
    assert!(
        wrongly_called_fake.is_empty(),
        "ordinary sites called look-alikes: {wrongly_called_fake:#?}"
    );
}

#[test]
fn the_split_is_by_hash_and_both_parts_hold_fakes() {
    let fakes = fakes();
    let held_out = fakes.iter().filter(|f| f.name_group && f.held_out).count();
    let tune = fakes.iter().filter(|f| f.name_group && !f.held_out).count();
    assert!(
        held_out >= 20 && tune >= 20,
        "held-out {held_out}, tune {tune}"
    );
    // FNV-1a's published test vector, so the split cannot change under the data.
    assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
}

/// One later set of reported fakes, measured: the hosts that name a state body (the rate), what
/// became of the ones not caught, the ones called `official` (a labelling error: a real state
/// site in a fakes file) and how many of the hosts naming no body were caught anyway.
struct Measured {
    named: usize,
    caught: usize,
    missed: Vec<String>,
    called_official: Vec<String>,
    no_name: usize,
    no_name_caught: usize,
}

impl Measured {
    /// The set's figure now: at least `at_least` caught (a pin, not the goal).
    fn assert_caught(&self, at_least: usize, label: &str) {
        assert!(
            self.caught >= at_least,
            "{label}: {} of {} caught; missed: {:#?}",
            self.caught,
            self.named,
            self.missed
        );
    }
}

fn measure(file: &str, label: &str) -> Measured {
    let text = data(file);
    let all: Vec<(String, bool)> = lines(&text).map(fake_columns).collect();
    let mut m = Measured {
        named: 0,
        caught: 0,
        missed: Vec::new(),
        called_official: Vec::new(),
        no_name: 0,
        no_name_caught: 0,
    };
    for (host, names_a_body) in &all {
        let v = verdict(host);
        browser_agrees(host, v);
        if !names_a_body {
            m.no_name += 1;
            m.no_name_caught += usize::from(v == Verdict::Lookalike);
            continue;
        }
        m.named += 1;
        match v {
            Verdict::Lookalike => m.caught += 1,
            Verdict::Official => m.called_official.push(host.clone()),
            _ => m.missed.push(format!("{host} → {}", v.code())),
        }
    }
    println!(
        "reported state look-alikes, {label}: {} of {} caught ({:.1} %)",
        m.caught,
        m.named,
        percent(m.caught, m.named)
    );
    println!(
        "{label}, hosts naming no state body (not counted): {} of {} caught",
        m.no_name_caught, m.no_name
    );
    println!("{label} missed: {:#?}", m.missed);
    assert!(
        m.called_official.is_empty(),
        "{label}: hosts under a real state domain (a labelling error): {:#?}",
        m.called_official
    );
    m
}

/// The second set (`new-held-out-fakes.tsv`): gathered and committed after the rules and the
/// lexicon were frozen, labelled before the checker ran on it; measured once frozen (45 of 64),
/// then the rules were improved on the kinds of fake it missed.
#[test]
fn reported_state_fakes_nobody_on_the_project_had_seen_are_caught() {
    let m = measure("new-held-out-fakes.tsv", "new held-out set");
    assert!(m.named >= 50, "the new set is too small: {}", m.named);
    // Measured with the rules frozen (2026-12-07): 45 of 64 (70.3 %), below the 95 % goal. The
    // rules were then improved on the kinds of fake it missed, so it is no longer held-out: it
    // pins the 60 of 64 caught since; the third set (`third-held-out-fakes.tsv`) measures.
    m.assert_caught(60, "new held-out set");
}

/// The third set (`third-held-out-fakes.tsv`): hosts from sources the first two sets did not
/// use, committed before the checker ran on any of them and measured once with the rules frozen
/// (20 of 25), then the rules were improved on the kinds of fake it missed. No host of it may be
/// `official`: that would be a real state site labelled as a fake.
#[test]
fn reported_state_fakes_from_a_third_unseen_source_are_caught() {
    let m = measure("third-held-out-fakes.tsv", "third held-out set");
    assert!(m.named >= 20, "the third set is too small: {}", m.named);
    // Measured once with the rules frozen (2026-12-07): 20 of 25 (80.0 %), below the 95 % goal;
    // missed: conganphuongyenbai.online, taichinhnhanuoc.com, viethaiquan.com,
    // evisa-vietnam-official.org, vietnam-evisa-official.org. The rules were then improved on
    // those kinds (customs and the e-visa portal in the lexicon, ward and district words as
    // glue), so the set is no longer held-out: it pinned the 24 of 25 caught since, and pins 25
    // since "nhà nước" (the State) counts as "gov" does (commit b8816f5: taichinhnhanuoc.com).
    m.assert_caught(25, "third held-out set");
}

/// The fourth set (`fourth-held-out-fakes.tsv`): news reports, ministries' warnings and public
/// lists the other sets did not use, committed before the checker ran on any of them and
/// measured once with the rules frozen (9 of 13), then the rules were improved on the kinds of
/// fake it missed.
#[test]
fn reported_state_fakes_from_a_fourth_unseen_source_are_caught() {
    let m = measure("fourth-held-out-fakes.tsv", "fourth held-out set");
    assert!(m.named >= 10, "the fourth set is too small: {}", m.named);
    // Measured once with the rules frozen (2026-12-07, commit d4b3b7c): 9 of 13 (69.2 %), below
    // the 95 % goal; missed: blogkhobac.tk, 113-bca.online, vietnampost.online, vdbank.com.vn.
    // Then: the Vietnam Development Bank in the lexicon, VNPost's English name, and the words a
    // site calls itself by ("blog", "news", "tintuc") as glue. No longer held-out: it pins the
    // 12 of 13 caught since. 113-bca.online is still missed: "bca" (Bộ Công an) counts only
    // next to another state word, and "113" (the police's number) is digits, which say nothing.
    m.assert_caught(12, "fourth held-out set");
}

/// The fifth set (`fifth-held-out-fakes.tsv`): news reports found report-first (every host a
/// report names, whatever its spelling) by a helper who had not read the checker, committed
/// before the checker ran on any of them, after the lexicon had been completed from official
/// enumerations (commit b8816f5). Measured once with the rules frozen (3 of 7), then the body it
/// missed was added.
#[test]
fn reported_state_fakes_from_a_fifth_unseen_source_are_caught() {
    let m = measure("fifth-held-out-fakes.tsv", "fifth held-out set");
    assert!(m.named >= 5, "the fifth set is too small: {}", m.named);
    // Measured once with the rules frozen (2026-12-07, commit 8f585d3): 3 of 7 (42.9 %); caught
    // every fake of a body the lexicon held (d.anmgov.one, d.dvcgov.one, quochoi.org), missed the
    // four of the state railway company, which it did not hold (duongsatvietnam.com,
    // duongsathanoi.com, vietnam-railway.com, vietnamrailways.net). Then Vietnam Railways and its
    // real sites were added: no longer held-out, it pins the 7 of 7 caught since.
    m.assert_caught(7, "fifth held-out set");
}

/// The sixth set (`sixth-held-out-fakes.tsv`): what a list-led hunt of NCSC's and the Cục An
/// toàn thông tin's summaries found that no other set held — one host. Measured once with the
/// rules frozen (commit b737eaa): 0 of 1 (`maxvietlott.com`, the state lottery company, which the
/// lexicon does not hold: its real address could not be checked against a source here, and its
/// name is all over lottery-result and gambling sites). Too small to be a rate; kept for the
/// record and for its labelling check (none of it may be a real state site).
#[test]
fn the_sixth_sets_one_host_is_measured_and_labelled_as_no_real_state_site() {
    let m = measure("sixth-held-out-fakes.tsv", "sixth held-out set");
    assert_eq!(
        m.named, 1,
        "the sixth set changed: re-measure it as a new set"
    );
}
