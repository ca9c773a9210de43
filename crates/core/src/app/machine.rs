//! Which machine results are about, and the one place its facts for a report are gathered.

use crate::assessment::MachineFacts;
use crate::checks::Subject;

use super::Host;

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
