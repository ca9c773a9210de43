//! The lists a Department's signed bundle (`*.tukiem`, `docs/bundle.md`) carries beside its
//! profile: sites people reported as fakes, stealer families, leaked-password filters, and the
//! day after which the lists are old. The embedded profile and a plain `--profile` file carry
//! none of them (every field empty), so each engine falls back to what TựKiểm ships.
//!
//! This is plain data; each engine decides what it means (`links` for reported fakes,
//! `checks::stealer` for families, `password` for leak filters).

/// A site reported as a fake by the Department (one line of the bundle's reported-fakes TSV:
/// `host<TAB>imitates<TAB>YYYY-MM-DD<TAB>source`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportedFake {
    /// Lower-case host name (ASCII, punycode for IDN); its sub-domains are the same fake.
    pub host: String,
    /// The official host (or the name of the body) the fake imitates.
    pub imitates: String,
    /// `YYYY-MM-DD`: the day it was reported.
    pub date: String,
    /// Who reported it (a warning, a news item, a blocklist), as the Department wrote it.
    pub source: String,
}

/// A stealer family the Department adds to `data/stealer-families.toml` (same fields).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StealerFamily {
    pub name: String,
    pub aliases: Vec<String>,
    pub source: String,
}

/// Everything a bundle adds beside the profile itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DepartmentLists {
    pub reported_fakes: Vec<ReportedFake>,
    pub stealer_families: Vec<StealerFamily>,
    /// Leaked-password filters, each the bytes of one filter file (format owned by
    /// `password::leaked`), already size-checked by the bundle reader.
    pub leak_filters: Vec<std::sync::Arc<[u8]>>,
    /// `YYYY-MM-DD`: the day after which the bundle's lists are called old. `None` for the
    /// embedded profile and a plain profile file.
    pub old_after: Option<String>,
}

impl DepartmentLists {
    /// True when `today` (`YYYY-MM-DD`) is past the bundle's "old after" day.
    pub fn is_old_on(&self, today: &str) -> bool {
        self.old_after.as_deref().is_some_and(|d| today > d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_old_only_after_their_day_and_never_without_one() {
        let mut lists = DepartmentLists::default();
        assert!(!lists.is_old_on("2099-01-01"));
        lists.old_after = Some("2026-12-31".into());
        assert!(!lists.is_old_on("2026-12-31"));
        assert!(lists.is_old_on("2027-01-01"));
    }
}
