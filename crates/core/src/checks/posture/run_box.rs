//! `run-box`: did someone paste a command into Windows' Run box (Win+R) that fetches or runs a
//! script? That is how the "fake CAPTCHA" (ClickFix) pages of 2025–2026 deliver Lumma and its
//! peers: the page copies a PowerShell, `mshta` or `curl … |` line to the clipboard and tells the
//! victim to press Win+R, Ctrl+V, Enter. Windows keeps the last 26 lines typed there in
//! `HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\RunMRU` (values `a`–`z`, each ending
//! in `\1`; `MRUList` gives the order).
//!
//! A line that starts a script host with arguments, a downloader with an address, `cmd /c` with
//! either or `start`, an encoded command, an `.hta`, or a pipe into a shell is a **stealer entry
//! trace** (critical, linked to "report an incident"). The finding names the program and the
//! web domains only — never the command itself, which can carry a token. `notepad`, `cmd`,
//! `powershell` alone and shared folders are ordinary.
//!
//! Windows keeps no date per line, but it keeps the key's last-write time
//! (`RegQueryInfoKeyW`), which is when the newest line (`MRUList`'s first letter) was run: when
//! that line is a trace, the finding gives its date. A time that cannot be real (1601, before
//! Windows 10, the future) gives no date, the finding otherwise the same.

use std::collections::BTreeSet;

use super::{clean, is_invisible, key, real_time};
use crate::Msg;
use crate::checks::facts::{Hive, RegData, RegValues};
use crate::checks::{Action, Check, CheckOutput, Env, Finding, OsKind, Status};

pub const FINDING_ID: &str = "run-box";

pub const RUN_MRU_KEY: &str = r"Software\Microsoft\Windows\CurrentVersion\Explorer\RunMRU";

/// Windows keeps 26 (`a`–`z`); a key holding far more was not written by the Run box and is
/// read only this far.
const MAX_ENTRIES: usize = 64;
/// Characters of one entry looked at: the Run box takes a few hundred; a 1 MB value is read no
/// further than this (and that length is itself a sign).
const MAX_SCAN: usize = 4096;
/// Domains named in the finding, at most.
const MAX_DOMAINS: usize = 5;

const SCRIPT_HOSTS: &[&str] = &[
    "powershell",
    "pwsh",
    "powershell_ise",
    "mshta",
    "wscript",
    "cscript",
];
const DOWNLOADERS: &[&str] = &["curl", "wget", "bitsadmin", "certutil", "finger"];
/// Programs that only matter for what they are told to start.
const LAUNCHERS: &[&str] = &[
    "cmd", "conhost", "rundll32", "regsvr32", "msiexec", "forfiles", "explorer", "start",
];
/// Words in a line that fetch or run code whatever program starts it.
const MARKERS: &[(&str, &str)] = &[
    ("-enc", "encoded"),
    ("-encodedcommand", "encoded"),
    ("frombase64string", "encoded"),
    ("iex", "runs-download"),
    ("invoke-expression", "runs-download"),
    ("iwr", "downloads"),
    ("invoke-webrequest", "downloads"),
    ("irm", "downloads"),
    ("invoke-restmethod", "downloads"),
    ("downloadstring", "downloads"),
    ("downloadfile", "downloads"),
    ("start-process", "starts"),
    (".hta", "hta"),
];

/// What one Run-box line is, as far as the finding may say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    /// The program's file name without `.exe`, lower case (`powershell`).
    pub program: String,
    /// Web domains named in the line.
    pub domains: BTreeSet<String>,
    /// Why it looks like a stealer's entry (`script-host`, `downloads`, `encoded`, …).
    pub signs: BTreeSet<&'static str>,
}

impl Trace {
    pub fn is_suspicious(&self) -> bool {
        !self.signs.is_empty()
    }
}

/// Reads one Run-box line. Control and invisible characters are dropped first (and are a sign
/// when they were hiding something); only the first [`MAX_SCAN`] characters are looked at.
pub fn classify(line: &str) -> Trace {
    let line = line.strip_suffix("\\1").unwrap_or(line);
    let mut trace = Trace::default();
    let mut hidden = false;
    let mut long = false;
    let mut text = String::new();
    for (i, c) in line.chars().enumerate() {
        if i >= MAX_SCAN {
            long = true;
            break;
        }
        if (c.is_control() && c != '\t') || is_invisible(c) {
            hidden = true;
            continue;
        }
        text.push(c.to_ascii_lowercase());
    }
    let text = text.trim();
    let (program, rest) = first_word(text);
    trace.program = clean(&program_name(program), 40)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .collect();
    let rest = rest.trim();
    let urls = domains(text);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | '(' | ')' | '"' | '\'' | '|' | '&'))
        .filter(|w| !w.is_empty())
        .collect();
    let p = trace.program.as_str();
    let names_host = |w: &&str| {
        let n = program_name(w);
        SCRIPT_HOSTS.contains(&n.as_str()) || DOWNLOADERS.contains(&n.as_str())
    };
    if SCRIPT_HOSTS.contains(&p) && !rest.is_empty() {
        trace.signs.insert("script-host");
    }
    if DOWNLOADERS.contains(&p) && (!urls.is_empty() || !rest.is_empty()) {
        trace.signs.insert("downloads");
    }
    if LAUNCHERS.contains(&p)
        && (words.iter().skip(1).any(names_host)
            || !urls.is_empty()
            || (p == "cmd" && has_start(&words)))
    {
        trace.signs.insert("launches");
    }
    for w in &words {
        for (marker, sign) in MARKERS {
            let hit = if marker.starts_with('.') {
                w.ends_with(marker) || w.contains(&format!("{marker}?"))
            } else {
                w == marker
            };
            if hit {
                trace.signs.insert(*sign);
            }
        }
    }
    // `curl … | sh`, `irm … | iex`: whatever was fetched runs at once.
    for after_pipe in text.split('|').skip(1) {
        let next = after_pipe.split_whitespace().next().map(|w| {
            program_name(w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-'))
        });
        if next.is_some_and(|n| {
            matches!(
                n.as_str(),
                "iex" | "invoke-expression" | "sh" | "bash" | "cmd" | "powershell" | "pwsh"
            )
        }) {
            trace.signs.insert("pipe-to-shell");
        }
    }
    // ClickFix pads the line with spaces and a reassuring comment ("# I am not a robot") so
    // the Run box shows only the comment.
    if text.contains("          ") && text.contains('#') && trace.is_suspicious() {
        trace.signs.insert("padded");
    }
    if trace.is_suspicious() {
        if hidden {
            trace.signs.insert("hidden-characters");
        }
        if long {
            trace.signs.insert("very-long");
        }
    }
    trace.domains = urls.into_iter().take(MAX_DOMAINS).collect();
    trace
}

fn has_start(words: &[&str]) -> bool {
    words.contains(&"start")
}

/// The first word (quoted or not) and the rest.
fn first_word(text: &str) -> (&str, &str) {
    if let Some(rest) = text.strip_prefix('"') {
        return match rest.split_once('"') {
            Some((w, r)) => (w, r),
            None => (rest, ""),
        };
    }
    match text.split_once(char::is_whitespace) {
        Some((w, r)) => (w, r),
        None => (text, ""),
    }
}

/// `C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe` → `powershell`.
fn program_name(word: &str) -> String {
    let base = word.rsplit(['\\', '/']).next().unwrap_or(word);
    base.strip_suffix(".exe").unwrap_or(base).to_owned()
}

/// The host names of the `http://` / `https://` addresses in a line, checked to be host names
/// (letters, digits, dots, dashes) so nothing else of the line can pass.
fn domains(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices("://") {
        let scheme_start = text[..i]
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        if !matches!(&text[scheme_start..i], "http" | "https") {
            continue;
        }
        let host: String = text[i + 3..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
            .take(253)
            .collect();
        let host = host.trim_matches('.').to_owned();
        if host.contains('.') {
            out.insert(host);
        }
    }
    out
}

pub struct RunBoxCheck;

impl Check for RunBoxCheck {
    fn id(&self) -> &'static str {
        FINDING_ID
    }

    fn title(&self) -> Msg {
        Msg::new("posture-runbox-title")
    }

    fn run(&self, env: &dyn Env) -> CheckOutput {
        CheckOutput::finding(if env.os() == OsKind::Windows {
            assess(env, self.title())
        } else {
            Finding::not_applicable(
                FINDING_ID,
                self.title(),
                Msg::new("posture-runbox-reason-not-windows"),
            )
        })
    }
}

fn assess(env: &dyn Env, title: Msg) -> Finding {
    let values = match key(env, Hive::CurrentUser, RUN_MRU_KEY) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Finding::new(
                FINDING_ID,
                Status::Ok,
                title,
                Msg::new("posture-runbox-empty"),
            )
            .evidence("entries", 0);
        }
        Err(reason) => return Finding::unknown(FINDING_ID, title, reason),
    };
    let entries: Vec<&(String, RegData)> = values
        .0
        .iter()
        .filter(|(name, _)| !name.eq_ignore_ascii_case("MRUList"))
        .take(MAX_ENTRIES)
        .collect();
    let not_text = entries
        .iter()
        .filter(|(_, d)| d.as_text().is_none())
        .count();
    let traces: Vec<Trace> = entries
        .iter()
        .filter_map(|(_, d)| d.as_text())
        .map(classify)
        .filter(Trace::is_suspicious)
        .collect();
    let count = entries.len();
    if traces.is_empty() {
        return Finding::new(
            FINDING_ID,
            Status::Ok,
            title,
            Msg::new("posture-runbox-clean").arg("count", count),
        )
        .evidence("entries", count)
        .evidence("not_text", not_text);
    }
    let programs: BTreeSet<&str> = traces.iter().map(|t| t.program.as_str()).collect();
    let domains: BTreeSet<&str> = traces
        .iter()
        .flat_map(|t| t.domains.iter().map(String::as_str))
        .take(MAX_DOMAINS)
        .collect();
    let signs: BTreeSet<&str> = traces
        .iter()
        .flat_map(|t| t.signs.iter().copied())
        .collect();
    let program_list = programs.iter().copied().collect::<Vec<_>>().join(", ");
    let domain_list = domains.iter().copied().collect::<Vec<_>>().join(", ");
    let last_run = newest_trace_day(env, &values);
    let id = match (domains.is_empty(), last_run.is_some()) {
        (true, false) => "posture-runbox-found",
        (true, true) => "posture-runbox-found-dated",
        (false, false) => "posture-runbox-found-domains",
        (false, true) => "posture-runbox-found-domains-dated",
    };
    let mut summary = Msg::new(id)
        .arg("count", traces.len())
        .arg("programs", program_list.clone());
    if !domains.is_empty() {
        summary = summary.arg("domains", domain_list.clone());
    }
    if let Some(day) = last_run {
        summary = summary.arg("date", crate::dates::date_msg(day));
    }
    let last_run = last_run.map(crate::dates::iso);
    // The incident mail's threat field takes a Defender-like name only (`safe_threat`):
    // the first program and the first domain.
    let first_program = programs.iter().next().copied().unwrap_or("?");
    let threat: String = match domains.iter().next() {
        Some(d) => format!("RunMRU:{first_program}@{d}"),
        None => format!("RunMRU:{first_program}"),
    }
    .chars()
    .take(80)
    .collect();
    let found = Finding::new(FINDING_ID, Status::Critical, title, summary)
        .advise(Msg::new("posture-runbox-advice-what"))
        .advise(Msg::new("check-stealer-advice-all-stolen"))
        .advise(Msg::new("check-stealer-advice-other-device"))
        .advise(Msg::new("check-stealer-advice-report"))
        .advise(Msg::new("check-stealer-advice-scan"))
        .action(Action::OpenIncident {
            incident: "malware".to_owned(),
            label: Msg::new("check-stealer-action-report"),
            threat,
            detected: last_run.clone().unwrap_or_default(),
        })
        .evidence("entries", count)
        .evidence("suspicious", traces.len())
        .evidence("programs", programs.into_iter().collect::<Vec<_>>())
        .evidence("domains", domains.into_iter().collect::<Vec<_>>())
        .evidence("signs", signs.into_iter().collect::<Vec<_>>());
    match last_run {
        Some(day) => found.evidence("last_run", day),
        None => found,
    }
}

/// The day the Run box's newest line was run, when that line is a trace and Windows' time for
/// it is real; `None` otherwise (no `MRUList`, a first letter that names no text line, the
/// time unreadable or absurd).
fn newest_trace_day(env: &dyn Env, values: &RegValues) -> Option<chrono::NaiveDate> {
    let order = values.get("MRUList")?.as_text()?;
    let first = order.chars().next().filter(char::is_ascii_lowercase)?;
    let newest = values.get(&first.to_string())?.as_text()?;
    if !classify(newest).is_suspicious() {
        return None;
    }
    let written = env
        .registry_written(Hive::CurrentUser, RUN_MRU_KEY)
        .ok()
        .flatten()?;
    let written = real_time(written, env.now_unix())?;
    crate::dates::local_day(written, 0)
}

#[cfg(test)]
#[path = "run_box_tests.rs"]
mod tests;
