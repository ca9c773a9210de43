//! What the screens that name the agency (home, advice, incident, "Cập nhật hồ sơ đơn vị") say
//! about the profile speaking now — decided here, so the UI only shows the lines:
//!
//! - the embedded default says what it is: the 2023 letter's profile, kept as an example, not
//!   this unit's own (and how to get the unit's own);
//! - a bundle past its "old after" day says it is old;
//! - any profile past its ageing threshold adds the reorganisation line and its own note
//!   ([`age_notice`]), wherever the clerk would dial or write.

use crate::dates::{iso, iso_msg};
use crate::profile::{BundlePlace, LoadedProfile, ProfileSource, age_notice};
use crate::{Lang, Localizer, Msg};

use super::Host;

/// The lines to show next to the agency's name and contact, in `lang`; empty when there is
/// nothing to say (a fresh bundle or profile file).
pub fn notices(host: &dyn Host, loaded: &LoadedProfile, lang: Lang) -> Vec<Msg> {
    let profile = &loaded.profile;
    let clock = host.clock();
    let mut lines = Vec::new();
    if let ProfileSource::Embedded = loaded.source {
        lines.push(
            Msg::new("speaking-embedded-example")
                .arg("date", iso_msg(&profile.document.date))
                .arg("issuer", profile.document.issuer.get(lang)),
        );
    }
    lines.extend(old_bundle(host, loaded, lang));
    if let Some(today) = clock.today_number()
        && let Some(ageing) = age_notice(profile, &Localizer::new(lang), today)
    {
        lines.extend(ageing);
    }
    lines
}

/// "This bundle is old", when the profile is a bundle past its old-after day on the person's
/// calendar. A clock that is not a real date never calls a bundle old.
fn old_bundle(host: &dyn Host, loaded: &LoadedProfile, lang: Lang) -> Option<Msg> {
    let ProfileSource::Bundle(bundle) = &loaded.source else {
        return None;
    };
    let today = host.clock().today().map(iso)?;
    loaded.profile.lists.is_old_on(&today).then(|| {
        Msg::new("speaking-bundle-old")
            .arg("issuer", bundle.issuer.get(lang))
            .arg("date", iso_msg(&bundle.old_after))
    })
}

/// Where the profile speaking now comes from, for the top of "Cập nhật hồ sơ đơn vị": one
/// line, and the "old" line when a bundle is past its old-after day.
pub fn source_lines(host: &dyn Host, loaded: &LoadedProfile, lang: Lang) -> Vec<Msg> {
    let mut lines = vec![source_line(loaded, lang)];
    lines.extend(old_bundle(host, loaded, lang));
    lines
}

fn source_line(loaded: &LoadedProfile, lang: Lang) -> Msg {
    match &loaded.source {
        ProfileSource::Embedded => {
            Msg::new("speaking-source-embedded").arg("date", iso_msg(&loaded.profile.document.date))
        }
        ProfileSource::File(path) => {
            Msg::new("speaking-source-file").arg("file", path.display().to_string())
        }
        ProfileSource::Bundle(bundle) => Msg::new(match bundle.place {
            BundlePlace::Installed => "speaking-source-installed",
            BundlePlace::MachineWide => "speaking-source-machine-wide",
        })
        .arg("issuer", bundle.issuer.get(lang))
        .arg("version", i64::try_from(bundle.version).unwrap_or(i64::MAX))
        .arg("made", iso_msg(&bundle.made)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Profile;
    use crate::app::TestHost;
    use crate::profile::BundleSource;

    fn ids(lines: &[Msg]) -> Vec<&str> {
        lines.iter().map(|m| m.id.as_str()).collect()
    }

    /// Noon in Hà Nội on `day` (`YYYY-MM-DD`).
    fn host_on(day: &str) -> TestHost {
        let date = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let noon = date.and_hms_opt(5, 0, 0).unwrap().and_utc().timestamp();
        TestHost::new(None, noon)
    }

    fn bundled(old_after: &str, valid_as_of: &str) -> LoadedProfile {
        let mut profile = Profile::embedded();
        profile.agency.name.vi = "Sở Khoa học và Công nghệ tỉnh Ninh Bình".into();
        profile.valid_as_of = valid_as_of.into();
        profile.lists.old_after = Some(old_after.into());
        LoadedProfile {
            source: ProfileSource::Bundle(BundleSource {
                path: "department.tukiem".into(),
                place: BundlePlace::Installed,
                issuer: profile.agency.name.clone(),
                version: 4,
                made: valid_as_of.into(),
                old_after: old_after.into(),
                key_id: "k".into(),
            }),
            profile,
            fallback_reason: None,
        }
    }

    #[test]
    fn the_embedded_default_says_it_is_the_letters_example_with_the_reorganisation_lines() {
        let host = host_on("2026-12-07");
        let loaded = Profile::load_or_embedded(None);
        for lang in [Lang::Vi, Lang::En] {
            let lines = notices(&host, &loaded, lang);
            assert_eq!(
                ids(&lines),
                [
                    "speaking-embedded-example",
                    "profile-ageing",
                    "profile-note"
                ],
                "{lang:?}"
            );
        }
    }

    #[test]
    fn a_fresh_bundle_says_nothing_and_one_past_its_old_after_day_says_it_is_old() {
        let loaded = bundled("2027-06-30", "2026-11-01");
        let fresh = host_on("2026-12-07");
        assert!(notices(&fresh, &loaded, Lang::Vi).is_empty());
        // The old-after day itself is still fresh; the day after is old.
        let last_day = host_on("2027-06-30");
        assert!(notices(&last_day, &loaded, Lang::Vi).is_empty());
        let after = host_on("2027-07-01");
        let lines = notices(&after, &loaded, Lang::Vi);
        assert_eq!(ids(&lines), ["speaking-bundle-old"]);
        let text = Localizer::new(Lang::Vi).render(&lines[0]);
        assert!(
            text.contains("Sở Khoa học và Công nghệ tỉnh Ninh Bình"),
            "{text}"
        );
        assert!(text.contains("30/06/2027"), "{text}");
    }

    #[test]
    fn the_source_names_the_issuer_version_and_where_the_bundle_lies_and_says_when_it_is_old() {
        let loaded = bundled("2027-06-30", "2026-11-01");
        let lines = source_lines(&host_on("2026-12-07"), &loaded, Lang::Vi);
        assert_eq!(ids(&lines), ["speaking-source-installed"]);
        let text = Localizer::new(Lang::Vi).render(&lines[0]);
        assert!(
            text.contains("Sở Khoa học và Công nghệ tỉnh Ninh Bình") && text.contains('4'),
            "{text}"
        );
        let old = source_lines(&host_on("2027-07-01"), &loaded, Lang::En);
        assert_eq!(
            ids(&old),
            ["speaking-source-installed", "speaking-bundle-old"]
        );
        let embedded = Profile::load_or_embedded(None);
        let lines = source_lines(&host_on("2026-12-07"), &embedded, Lang::En);
        assert_eq!(ids(&lines), ["speaking-source-embedded"]);
    }
}
