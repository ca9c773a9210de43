//! How often the verdict is right, on sets of passwords (a benchmark, not a test: it prints rates
//! for the README and asserts nothing):
//! - `data/vi-tuning.txt`: rule-compliant Vietnamese-pattern passwords made from the model's own
//!   data (`make-tuning.py`, seed 1) — the set the costs were tuned on;
//! - `data/vi-heldout.txt`: the same kinds of passwords from another source (Faker's `vi_VN`
//!   data, `make-heldout.py`, seed 20261201), never tuned on — the figure that counts;
//! - random 14-character passwords over the 94 printable ASCII characters (rule-compliant ones);
//! - random 5-syllable passphrases: five syllables drawn uniformly from the full inventory, one
//!   separator, one capital, one digit;
//! - the generator's own output;
//! - `data/leaked-tuning.txt` / `data/leaked-heldout.txt`: leaked passwords that meet the
//!   province's rule, in the shipped leaked-password filter / held out of it
//!   (`data/leaks/make-builtin.py`), judged with and without the filter;
//! - the habits of issue 26 (mobile numbers, citizen IDs, Telex with the keyboard off), each as
//!   people decorate it to meet the rule: how often the model finds the pattern, and the verdict.
//!
//! Also the slowest assessment of any input up to 256 characters among those sets and a few
//! adversarial ones. Run: cargo bench -p tukiem-core --bench strength_accuracy

use std::time::{Duration, Instant};

use tukiem_core::Profile;
use tukiem_core::password::generate::{self, Mode};
use tukiem_core::password::leaked::LeakFilters;
use tukiem_core::password::patterns::ContextWords;
use tukiem_core::password::strength::{
    PersonalInputs, Verdict, agency_words, assess, assess_against,
};
use tukiem_core::password::vi_model::estimate;

const TUNING: &str = include_str!("data/vi-tuning.txt");
const HELDOUT: &str = include_str!("data/vi-heldout.txt");
const SYLLABLES: &str = include_str!("../data/vi/syllables.txt");
const LEAKED_TUNING: &str = include_str!("data/leaked-tuning.txt");
const LEAKED_HELDOUT: &str = include_str!("data/leaked-heldout.txt");
/// Vietnamese phrases as typed in Telex with the keyboard off (the habit, not the model's data).
const TELEX: &[&str] = &[
    "Maatj khaaur",
    "Vieetj Namw",
    "Haf Nooij",
    "Ddaf Nawngx",
    "Hoof Chis Minh",
    "Queee huwowng",
    "Yeeu em",
    "Anh yeeu em",
    "Hanhj phucs",
    "Binhf an",
    "Thanhf coong",
    "Ddoong Thaps",
    "Saif Gonf",
    "Nguyeenx",
    "Trungw Thu",
    "Muaf thu",
    "Bieenr xanh",
    "Hoaf binhf",
    "Cuoocj soongs",
    "Giaa ddinhf",
];
const MOBILE_PREFIXES: &[&str] = &["91", "98", "97", "86", "88", "90", "93", "35", "79", "83"];
const PROVINCES: &[&str] = &["001", "036", "079", "048", "031", "040", "038", "092"];

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn main() {
    let profile = Profile::embedded();
    let agency = agency_words(&profile);
    let personal = PersonalInputs::default();
    let rule = &profile.password_rule;
    let mut slowest = Duration::ZERO;
    let mut assess_timed = |p: &str| {
        let start = Instant::now();
        let a = assess(p, rule, &agency, &personal);
        slowest = slowest.max(start.elapsed());
        a
    };
    assess_timed("warm-up");

    println!("{:<44} {:>6} {:>8}", "set", "n", "weak");
    for (name, text) in [
        ("tuning (model's own data)", TUNING),
        ("held-out (Faker vi_VN)", HELDOUT),
    ] {
        let mut by_kind: Vec<(String, usize, usize)> = Vec::new();
        let mut missed = Vec::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((kind, p)) = line.split_once('\t') else {
                continue;
            };
            let a = assess_timed(p);
            if !a.meets_rule {
                continue;
            }
            let weak = a.verdict == Verdict::Weak;
            if !weak {
                missed.push(p.to_owned());
            }
            match by_kind.iter_mut().find(|k| k.0 == kind) {
                Some(k) => {
                    k.1 += 1;
                    k.2 += weak as usize;
                }
                None => by_kind.push((kind.to_owned(), 1, weak as usize)),
            }
        }
        let n: usize = by_kind.iter().map(|k| k.1).sum();
        let w: usize = by_kind.iter().map(|k| k.2).sum();
        println!("{name:<44} {n:>6} {:>7.1}%", 100.0 * w as f64 / n as f64);
        for (kind, n, w) in &by_kind {
            println!(
                "  {kind:<42} {n:>6} {:>7.1}%",
                100.0 * *w as f64 / *n as f64
            );
        }
        if std::env::var_os("SHOW_MISSED").is_some() {
            println!("  missed: {missed:?}");
        }
    }

    let none = LeakFilters::none();
    let shipped = LeakFilters::builtin_only();
    for (name, text) in [
        (
            "leaked, rule-meeting, in the filter (tuning)",
            LEAKED_TUNING,
        ),
        ("leaked, rule-meeting, held out of it", LEAKED_HELDOUT),
    ] {
        let (mut n, mut listed, mut shape_weak, mut weak) = (0, 0, 0, 0);
        for p in text.lines().filter(|l| !l.starts_with('#')) {
            let a = assess_against(p, rule, &agency, &personal, &none);
            if !a.meets_rule {
                continue;
            }
            n += 1;
            shape_weak += (a.verdict == Verdict::Weak) as usize;
            let b = assess_against(p, rule, &agency, &personal, &shipped);
            listed += b.leaked as usize;
            weak += (b.verdict == Verdict::Weak) as usize;
        }
        let pct = |x: usize| 100.0 * x as f64 / n as f64;
        println!("{name:<44} {n:>6} {:>7.1}%", pct(weak));
        println!("  {:<42} {n:>6} {:>7.1}%", "in the filter", pct(listed));
        println!(
            "  {:<42} {n:>6} {:>7.1}%",
            "weak by shape alone",
            pct(shape_weak)
        );
    }

    let mut rng = XorShift(0x5eed_2626);
    let digits = |rng: &mut XorShift, k: usize| -> String {
        (0..k)
            .map(|_| char::from(b'0' + rng.below(10) as u8))
            .collect()
    };
    let decorate = |rng: &mut XorShift, core: &str| -> String {
        match rng.below(3) {
            0 => format!("Sdt@{core}"),
            1 => format!("{core}@Aa"),
            _ => format!("Lan#{core}"),
        }
    };
    let mut habits: Vec<(&str, Vec<String>, &str)> = Vec::new();
    habits.push((
        "mobile number (decorated)",
        (0..500)
            .map(|_| {
                let m = format!(
                    "0{}{}",
                    MOBILE_PREFIXES[rng.below(MOBILE_PREFIXES.len())],
                    digits(&mut rng, 7)
                );
                decorate(&mut rng, &m)
            })
            .collect(),
        "mobile_number",
    ));
    habits.push((
        "citizen ID (decorated)",
        (0..500)
            .map(|_| {
                let year = 1960 + rng.below(45);
                let century = if year >= 2000 { 2 } else { 0 } + rng.below(2);
                let id = format!(
                    "{}{century}{:02}{}",
                    PROVINCES[rng.below(PROVINCES.len())],
                    year % 100,
                    digits(&mut rng, 6)
                );
                decorate(&mut rng, &id)
            })
            .collect(),
        "citizen_id",
    ));
    habits.push((
        "Telex with the keyboard off (+ year or 123)",
        (0..500)
            .map(|_| {
                let phrase = TELEX[rng.below(TELEX.len())];
                match rng.below(3) {
                    0 => format!("{phrase}@{}", 1960 + rng.below(66)),
                    1 => format!("{phrase}@123"),
                    _ => format!("{}!{phrase}", digits(&mut rng, 2)),
                }
            })
            .collect(),
        "telex",
    ));
    for (name, set, code) in &habits {
        let (mut n, mut found, mut weak) = (0, 0, 0);
        for p in set {
            let a = assess_timed(p);
            if !a.meets_rule {
                continue;
            }
            n += 1;
            weak += (a.verdict == Verdict::Weak) as usize;
            let model = estimate(p, &ContextWords::default());
            found += model.patterns.iter().any(|x| x.code() == *code) as usize;
        }
        let pct = |x: usize| 100.0 * x as f64 / n as f64;
        println!("{name:<44} {n:>6} {:>7.1}%", pct(weak));
        println!(
            "  {:<42} {n:>6} {:>7.1}%",
            "pattern found by the model",
            pct(found)
        );
    }

    const PRINTABLE: &[u8] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    let mut rng = XorShift(0x5eed_1414);
    let (mut n, mut weak) = (0, 0);
    while n < 2000 {
        let p: String = (0..14)
            .map(|_| PRINTABLE[rng.below(PRINTABLE.len())] as char)
            .collect();
        let a = assess_timed(&p);
        if !a.meets_rule {
            continue;
        }
        n += 1;
        weak += (a.verdict == Verdict::Weak) as usize;
    }
    println!(
        "{:<44} {n:>6} {:>7.1}%",
        "random 14 characters",
        100.0 * weak as f64 / n as f64
    );

    let syllables: Vec<&str> = SYLLABLES.lines().filter(|l| !l.starts_with('#')).collect();
    let seps = b"-.#@!*_$";
    let mut rng = XorShift(0x5eed_0005);
    let (mut n, mut weak) = (0, 0);
    let mut weak_examples = Vec::new();
    while n < 2000 {
        let words: Vec<&str> = (0..5)
            .map(|_| syllables[rng.below(syllables.len())])
            .collect();
        let sep = seps[rng.below(seps.len())] as char;
        let at = rng.below(5);
        let mut p = String::new();
        for (i, w) in words.iter().enumerate() {
            if i == at {
                p.push(sep);
            }
            if i == 0 {
                p.push_str(&w[..1].to_uppercase());
                p.push_str(&w[1..]);
            } else {
                p.push_str(w);
            }
        }
        p.push(char::from(b'0' + rng.below(10) as u8));
        let a = assess_timed(&p);
        if !a.meets_rule {
            continue;
        }
        n += 1;
        if a.verdict == Verdict::Weak {
            weak += 1;
            weak_examples.push(p);
        }
    }
    println!(
        "{:<44} {n:>6} {:>7.1}%",
        "random 5-syllable passphrases",
        100.0 * weak as f64 / n as f64
    );
    if std::env::var_os("SHOW_MISSED").is_some() {
        println!(
            "  weak: {:?}",
            &weak_examples[..weak_examples.len().min(20)]
        );
    }

    let (mut n, mut weak) = (0, 0);
    for mode in [Mode::Syllables, Mode::Random] {
        for _ in 0..200 {
            let g = generate::generate(rule, &agency, mode, generate::DEFAULT_MIN_BITS)
                .expect("the embedded rule can be met");
            n += 1;
            weak += (assess_timed(&g.password).verdict == Verdict::Weak) as usize;
        }
    }
    println!(
        "{:<44} {n:>6} {:>7.1}%",
        "generator output (both modes)",
        100.0 * weak as f64 / n as f64
    );

    println!();
    println!("adversarial inputs of 256 characters:");
    for (name, p) in [
        ("one letter repeated", "a".repeat(256)),
        ("two letters repeated", "ab".repeat(128)),
        ("a syllable repeated", "nguyen".repeat(43)[..256].to_owned()),
        ("one digit repeated", "1".repeat(256)),
        (
            "leet digits and letters",
            "4a1e3o0s5".chars().cycle().take(256).collect(),
        ),
        (
            "l33t symbol soup",
            "4@8({[</369&#!1/|0$5+7%2/"
                .chars()
                .cycle()
                .take(256)
                .collect(),
        ),
        (
            "l33t symbols between capitals",
            "A4B@C8D(E{F[G<H3I6J9K!L|M1N$O5P7Q+R%S2T0"
                .chars()
                .cycle()
                .take(256)
                .collect(),
        ),
        (
            "names with separators",
            "Nguyen.Van.An@".chars().cycle().take(256).collect(),
        ),
    ] {
        let start = Instant::now();
        assess_timed(&p);
        println!(
            "  {name:<40} {:>9.3} ms",
            start.elapsed().as_secs_f64() * 1000.0
        );
    }
    println!();
    println!(
        "slowest single assessment above: {:.3} ms",
        slowest.as_secs_f64() * 1000.0
    );
}
