//! Per-password assessment time over a realistic list (`benches/data/realistic-passwords.txt`,
//! 226 passwords of six kinds): p50, p90, p99 and the slowest, overall and by kind, and the worst
//! known inputs (l33t-substitutable symbol soup, see passwords.md §1.5).
//!
//! Why not criterion: criterion measures one routine very well but reports one figure per
//! benchmark; a distribution over 226 different inputs would need 226 benchmarks and most of an
//! hour. This target (`harness = false`) times each password itself instead:
//! - the dictionaries are built once first, as the app does at its first keystroke;
//! - each password is assessed `RUNS` times and its median kept, which drops the odd run slowed
//!   by another process (the build machine is shared);
//! - percentiles are taken over those per-password medians (nearest rank).
//!
//! Nothing here asserts on time; it prints figures for the README.
//! Run: cargo bench -p tukiem-core --bench strength_percentiles

use std::hint::black_box;
use std::time::{Duration, Instant};

use tukiem_core::Profile;
use tukiem_core::password::strength::{PersonalInputs, agency_words, assess};

const LIST: &str = include_str!("data/realistic-passwords.txt");
/// Runs per realistic password (its median is kept).
const RUNS: usize = 15;
/// Runs per worst-case input; each one takes up to a tenth of a second.
const WORST_RUNS: usize = 9;
/// The symbol run that makes zxcvbn's l33t enumeration explode.
const SOUP: &str = "4@8({[</369&#!1/|0$5+7%2/";

/// Passwords by kind, in file order: a `# Kind (n)` line starts a kind.
fn kinds() -> Vec<(String, Vec<&'static str>)> {
    let mut out: Vec<(String, Vec<&'static str>)> = Vec::new();
    for line in LIST.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            // Only headings end with a count in parentheses; the file's preamble does not.
            if comment.ends_with(')') && comment.contains(" (") {
                let name = comment
                    .split([':', ',', '('])
                    .next()
                    .unwrap_or(comment)
                    .trim();
                out.push((name.to_owned(), Vec::new()));
            }
        } else if !line.is_empty() && !line.starts_with('#') {
            out.last_mut()
                .expect("a kind heading before the first password")
                .1
                .push(line);
        }
    }
    out
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let profile = Profile::embedded();
    let agency = agency_words(&profile);
    let personal = PersonalInputs::default();
    let rule = &profile.password_rule;
    let time = |p: &str, runs: usize| -> Duration {
        median(
            (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    black_box(assess(black_box(p), rule, &agency, &personal));
                    start.elapsed()
                })
                .collect(),
        )
    };
    // Build zxcvbn's and our dictionaries, as the first keystroke in the app does.
    time("warm-up", 3);

    let kinds = kinds();
    let mut all = Vec::new();
    println!(
        "{:<28} {:>5} {:>10} {:>10} {:>10} {:>10}",
        "kind", "n", "p50", "p90", "p99", "max"
    );
    for (name, passwords) in &kinds {
        let mut times: Vec<Duration> = passwords.iter().map(|p| time(p, RUNS)).collect();
        times.sort();
        row(name, &times);
        all.extend(times);
    }
    all.sort();
    row("all realistic passwords", &all);
    println!();
    println!("worst case (l33t symbol soup), median of {WORST_RUNS} runs:");
    for len in [25, 100, 256] {
        let soup: String = SOUP.chars().cycle().take(len).collect();
        println!("  {len:>3} characters  {:>10}", ms(time(&soup, WORST_RUNS)));
    }
}

fn row(name: &str, sorted: &[Duration]) {
    println!(
        "{:<28} {:>5} {:>10} {:>10} {:>10} {:>10}",
        name,
        sorted.len(),
        ms(percentile(sorted, 50.0)),
        ms(percentile(sorted, 90.0)),
        ms(percentile(sorted, 99.0)),
        ms(sorted[sorted.len() - 1]),
    );
}
