//! Which machine a check looked at, real or recorded: the one name for that idea (`Subject`),
//! used by the history, the fleet output, the report and the app's session.

/// The machine a check looked at: the shell knows (`--scenario`, training mode).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The computer the app runs on: its checks are remembered.
    ThisComputer,
    /// A recorded machine (scenario, training): nothing is remembered. `name` is its title's
    /// catalogue id (`scenario-windows-browsers`), or its folder when it has no known title.
    Recorded { name: String },
}

impl Subject {
    /// A recorded machine named by its title (what the check screen shows, and what the report
    /// prints), else after its folder (the last path component).
    pub fn recorded(dir: &std::path::Path) -> Self {
        let title = crate::checks::training::title_at(dir);
        let name = if title.id == crate::checks::training::UNTITLED {
            dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| dir.display().to_string())
        } else {
            title.id.clone()
        };
        Subject::Recorded { name }
    }

    pub fn is_recorded(&self) -> bool {
        matches!(self, Subject::Recorded { .. })
    }
}
