//! How often the verdict is right, on sets of passwords (a benchmark, not a test: it prints rates
//! for the README and asserts nothing):
//! - `data/vi-tuning.txt`: rule-compliant Vietnamese-pattern passwords made from the model's own
//!   data (`make-tuning.py`, seed 1) — the set the costs were tuned on;
//! - `data/vi-heldout.txt`: the same kinds of passwords from another source (Faker's `vi_VN`
//!   data, `make-heldout.py`, seed 20261201), never tuned on — the figure that counts;
//! - random 14-character passwords over the 94 printable ASCII characters (rule-compliant ones);
//! - random 5-syllable passphrases: five syllables drawn uniformly from the full inventory, one
//!   separator, one capital, one digit;
//! - the generator's own output.
//!
//! Also the slowest assessment of any input up to 256 characters among those sets and a few
//! adversarial ones. Run: cargo bench -p tukiem-core --bench strength_accuracy

use std::time::{Duration, Instant};

use tukiem_core::Profile;
use tukiem_core::password::generate::{self, Mode};
use tukiem_core::password::strength::{PersonalInputs, Verdict, agency_words, assess};

const TUNING: &str = include_str!("data/vi-tuning.txt");
const HELDOUT: &str = include_str!("data/vi-heldout.txt");
const SYLLABLES: &str = include_str!("../data/vi/syllables.txt");

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
