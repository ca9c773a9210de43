//! Training mode: the recorded machines shipped in `scenarios/`, embedded in the binary so a
//! trainer needs nothing but the app. They are written out to a folder the caller names (the
//! engine reads real files: SQLite databases, JSON) and checked there like any scenario.

use std::path::{Path, PathBuf};

use rust_embed::RustEmbed;
use serde::Serialize;

use super::scenario::{SCENARIO_FILE, ScenarioEnv};

#[derive(RustEmbed)]
#[folder = "../../scenarios/"]
#[exclude = "*/expected.json"]
struct Embedded;

/// A shipped scenario, as the training screen lists it.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TrainingScenario {
    /// The folder name: stable, used to switch scenario.
    pub name: String,
    /// Message id of its title.
    pub title: String,
}

/// Every shipped scenario, in name order.
pub fn scenarios() -> Vec<TrainingScenario> {
    let mut names: Vec<String> = Embedded::iter()
        .filter_map(|p| {
            p.strip_suffix(&format!("/{SCENARIO_FILE}"))
                .filter(|name| !name.contains('/'))
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let title = Embedded::get(&format!("{name}/{SCENARIO_FILE}"))
                .and_then(|f| title_of(&f.data))
                .unwrap_or_else(|| "training-scenario-untitled".to_owned());
            TrainingScenario { name, title }
        })
        .collect()
}

/// The title of the recorded machine in `dir`, as a message to show: its catalogue title, or
/// "untitled" when it has none the catalogue knows. The screen names a machine by this, never by
/// its folder path.
pub fn title_at(dir: &Path) -> crate::Msg {
    let known = crate::i18n::message_ids(crate::Lang::Vi);
    let title = crate::outside::read(&dir.join(SCENARIO_FILE), crate::outside::cap::SMALL)
        .ok()
        .and_then(|bytes| title_of(&bytes))
        .filter(|id| known.contains(id));
    crate::Msg::new(title.as_deref().unwrap_or(UNTITLED))
}

/// The title of a recorded machine that has none the catalogue knows.
pub const UNTITLED: &str = "training-scenario-untitled";

fn title_of(toml_bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Head {
        title: Option<String>,
    }
    let text = std::str::from_utf8(toml_bytes).ok()?;
    // Only the title matters here; the full file is validated when the scenario loads.
    let head: Head = toml::from_str(text).ok()?;
    head.title
}

/// Writes every shipped scenario under `dest` (replacing what a previous session left) and
/// returns `dest`. Each run starts from the recording, so a scenario cannot drift.
pub fn write_all(dest: &Path) -> std::io::Result<PathBuf> {
    if dest.exists() {
        std::fs::remove_dir_all(dest)?;
    }
    for path in Embedded::iter() {
        let Some(file) = Embedded::get(&path) else {
            continue;
        };
        let target = dest.join(path.as_ref());
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, file.data)?;
    }
    Ok(dest.to_owned())
}

/// The folder of scenario `name` under a folder written by [`write_all`], if it is one.
pub fn scenario_dir(root: &Path, name: &str) -> Option<PathBuf> {
    scenarios()
        .iter()
        .any(|s| s.name == name)
        .then(|| root.join(name))
}

/// Loads scenario `name` from a folder written by [`write_all`].
pub fn load(root: &Path, name: &str) -> Option<ScenarioEnv> {
    scenario_dir(root, name).and_then(|dir| ScenarioEnv::load(&dir).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_scenarios_are_listed_with_titles_and_load_after_writing() {
        let list = scenarios();
        assert!(list.len() >= 7, "{list:?}");
        assert!(
            list.iter().all(|s| s.title.starts_with("scenario-")),
            "{list:?}"
        );
        let dir = tempfile::tempdir().unwrap();
        let root = write_all(&dir.path().join("training")).unwrap();
        for s in &list {
            assert!(load(&root, &s.name).is_some(), "{} loads", s.name);
        }
        assert!(!root.join(&list[0].name).join("expected.json").exists());
    }

    #[test]
    fn names_outside_the_list_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(scenario_dir(dir.path(), "../etc"), None);
        assert_eq!(scenario_dir(dir.path(), "nope"), None);
    }

    #[test]
    fn writing_again_replaces_what_was_there() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("training");
        write_all(&root).unwrap();
        std::fs::write(root.join("stray.txt"), "x").unwrap();
        write_all(&root).unwrap();
        assert!(!root.join("stray.txt").exists());
    }
}
