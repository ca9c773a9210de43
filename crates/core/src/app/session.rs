//! What one run of the app holds between commands: which machine the check looks at (this
//! computer, a `--scenario` folder, or training mode over the shipped scenarios) and the last
//! check's report, kept only while it is about that machine.
//!
//! The rules: switching machine drops the last report (results of two machines are never mixed
//! up); a run that finishes after the trainer switched scenario is not kept; training picks only a
//! shipped scenario by name; anything but this computer is a recording (`Subject::Recorded`), so
//! its results never reach this computer's history.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;

use super::Subject;
use crate::Msg;
use crate::checks::CheckReport;
use crate::checks::training::{self, TrainingScenario};

/// Where the [`Subject`] of the next check comes from: this computer, a `--scenario` folder, or
/// one of the shipped scenarios in training mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubjectSource {
    ThisComputer,
    /// `--scenario DIR`.
    Scenario(PathBuf),
    /// Training mode: the shipped scenarios written under `root`, `current` shown.
    Training {
        root: PathBuf,
        current: String,
    },
}

/// What the training screen shows.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrainingView {
    pub active: bool,
    pub scenarios: Vec<TrainingScenario>,
    pub current: Option<String>,
}

/// One app run's machine and last report. Shared between commands (interior locking).
#[derive(Debug)]
pub struct Session {
    source: Mutex<SubjectSource>,
    last_report: Mutex<Option<CheckReport>>,
}

impl Session {
    /// A session checking `scenario` when given (`--scenario DIR`), else this computer.
    pub fn new(scenario: Option<PathBuf>) -> Self {
        Self {
            source: Mutex::new(
                scenario.map_or(SubjectSource::ThisComputer, SubjectSource::Scenario),
            ),
            last_report: Mutex::new(None),
        }
    }

    pub fn source(&self) -> SubjectSource {
        // A poisoned lock only means another command panicked mid-update; the value is plain data.
        self.source
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Switches machine; the previous machine's report is dropped.
    fn switch(&self, machine: SubjectSource) {
        *self.source.lock().unwrap_or_else(|p| p.into_inner()) = machine;
        *self.last_report.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// The recorded machine's folder, when the check does not look at this computer.
    pub fn scenario(&self) -> Option<PathBuf> {
        match self.source() {
            SubjectSource::ThisComputer => None,
            SubjectSource::Scenario(dir) => Some(dir),
            SubjectSource::Training { root, current } => Some(root.join(current)),
        }
    }

    /// Which machine results are about, for the other use cases.
    pub fn subject(&self) -> Subject {
        match self.scenario() {
            None => Subject::ThisComputer,
            Some(dir) => Subject::recorded(&dir),
        }
    }

    pub fn last_report(&self) -> Option<CheckReport> {
        self.last_report
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Keeps `report` of a run started on `ran_on` (what [`Session::scenario`] said then), unless
    /// the machine changed while it ran. Returns whether it was kept.
    pub fn keep_report(&self, ran_on: Option<&Path>, report: CheckReport) -> bool {
        let machine = self.source.lock().unwrap_or_else(|p| p.into_inner());
        let now_on = match &*machine {
            SubjectSource::ThisComputer => None,
            SubjectSource::Scenario(dir) => Some(dir.clone()),
            SubjectSource::Training { root, current } => Some(root.join(current)),
        };
        if now_on.as_deref() != ran_on {
            return false;
        }
        *self.last_report.lock().unwrap_or_else(|p| p.into_inner()) = Some(report);
        true
    }

    /// Training mode over the shipped scenarios already written under `root`
    /// ([`training::write_all`]); the first one is shown.
    pub fn start_training(&self, root: PathBuf) -> Result<TrainingView, Msg> {
        let first = training::scenarios()
            .into_iter()
            .next()
            .ok_or_else(|| Msg::new("training-unavailable").arg("detail", String::new()))?;
        self.switch(SubjectSource::Training {
            root,
            current: first.name,
        });
        Ok(self.training())
    }

    /// Shows the shipped scenario `name`; only in training mode, only a shipped name.
    pub fn set_training_scenario(&self, name: &str) -> Result<TrainingView, Msg> {
        let SubjectSource::Training { root, .. } = self.source() else {
            return Err(Msg::new("training-not-active"));
        };
        if training::scenario_dir(&root, name).is_none() {
            return Err(Msg::new("training-unknown-scenario").arg("name", name.to_owned()));
        }
        self.switch(SubjectSource::Training {
            root,
            current: name.to_owned(),
        });
        Ok(self.training())
    }

    /// Back to this computer.
    pub fn stop_training(&self) -> TrainingView {
        self.switch(SubjectSource::ThisComputer);
        self.training()
    }

    pub fn training(&self) -> TrainingView {
        let current = match self.source() {
            SubjectSource::Training { current, .. } => Some(current),
            _ => None,
        };
        TrainingView {
            active: current.is_some(),
            scenarios: training::scenarios(),
            current,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::OsKind;

    fn report() -> CheckReport {
        crate::assessment::document::tests::sample_check()
    }

    #[test]
    fn a_training_session_is_a_recording_and_switching_drops_the_last_report() {
        let dir = tempfile::tempdir().unwrap();
        let root = training::write_all(dir.path()).unwrap();
        let s = Session::new(None);
        assert_eq!(s.subject(), Subject::ThisComputer);
        assert!(s.keep_report(None, report()));
        assert!(s.last_report().is_some());

        let view = s.start_training(root.clone()).unwrap();
        assert!(view.active);
        assert!(s.last_report().is_none(), "this computer's report is gone");
        assert!(matches!(s.subject(), Subject::Recorded { .. }));
        let first = view.current.unwrap();
        assert_eq!(s.scenario(), Some(root.join(&first)));

        let other = &view.scenarios[1].name;
        assert_eq!(
            s.set_training_scenario(other).unwrap().current.as_ref(),
            Some(other)
        );
        assert_eq!(
            s.set_training_scenario("../../etc").unwrap_err().id,
            "training-unknown-scenario"
        );
        assert!(!s.stop_training().active);
        assert_eq!(s.subject(), Subject::ThisComputer);
        assert_eq!(
            s.set_training_scenario(other).unwrap_err().id,
            "training-not-active"
        );
    }

    #[test]
    fn a_run_that_ends_after_the_machine_changed_is_not_kept() {
        let dir = tempfile::tempdir().unwrap();
        let root = training::write_all(dir.path()).unwrap();
        let s = Session::new(None);
        s.start_training(root).unwrap();
        let ran_on = s.scenario();
        let second = training::scenarios()[1].name.clone();
        s.set_training_scenario(&second).unwrap();
        assert!(!s.keep_report(ran_on.as_deref(), report()));
        assert!(s.last_report().is_none());
        assert!(s.keep_report(s.scenario().as_deref(), report()));
        assert_eq!(s.last_report().unwrap().os, OsKind::Windows);
    }

    #[test]
    fn a_scenario_given_at_start_is_the_machine_checked() {
        let s = Session::new(Some(PathBuf::from("/x/windows-browsers")));
        assert_eq!(s.scenario(), Some(PathBuf::from("/x/windows-browsers")));
        assert_eq!(
            s.subject(),
            Subject::Recorded {
                name: "windows-browsers".to_owned()
            }
        );
        assert!(!s.training().active);
    }
}
