//! Which machine results are about, and the one place its facts for a report are gathered.

use crate::report::MachineFacts;
use crate::report::history::Machine;

use super::Host;

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

    /// The history's view of it.
    pub fn history_machine(&self) -> Machine {
        match self {
            Subject::ThisComputer => Machine::ThisComputer,
            Subject::Recorded { .. } => Machine::Recorded,
        }
    }
}

/// The machine facts a report states. A recorded machine is named as such, never as this
/// computer: this computer's name and OS are not asked for.
pub fn machine_facts(host: &dyn Host, subject: &Subject) -> MachineFacts {
    match subject {
        Subject::Recorded { name } => MachineFacts {
            hostname: None,
            os_name: None,
            recorded: Some(name.clone()),
        },
        Subject::ThisComputer => MachineFacts {
            hostname: host.host_name(),
            os_name: host.os_name(),
            recorded: None,
        },
    }
}
