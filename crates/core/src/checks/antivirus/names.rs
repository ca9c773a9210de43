//! Antivirus products known by their running processes (Windows), for Windows Server (no
//! Security Center), for products that do not register with Security Center, and to tell a
//! stale Security Center row from a product that is really there.
//!
//! Process names from the lists cited in `../shared/reference/machine-checks.md` A8
//! (`Aabyss-Team/Antivirus-Scan`, `fareedfauzi/FindAntivirusProcess`, winPEAS). Only the
//! processes of the protection itself are listed: a management agent alone (Kaspersky's
//! `klnagent`, McAfee's `masvc`) or a command-line scanner does not mean anything protects.

pub struct Vendor {
    /// Stable id, used in evidence.
    pub id: &'static str,
    /// The product's own name (not translated), shown when no Security Center row names it.
    pub name: &'static str,
    /// Executable names, lower case, without `.exe`.
    pub processes: &'static [&'static str],
    /// Words that name this vendor in a Security Center `displayName`, lower case.
    pub display_words: &'static [&'static str],
}

pub const DEFENDER: Vendor = Vendor {
    id: "defender",
    name: "Microsoft Defender Antivirus",
    processes: &["msmpeng", "nissrv"],
    display_words: &["windows defender", "microsoft defender"],
};

/// Third-party products; Vietnamese ones first.
pub const THIRD_PARTY: &[Vendor] = &[
    Vendor {
        id: "bkav",
        name: "Bkav",
        processes: &[
            "bkavservice",
            "bka",
            "bkavutil",
            "blupro",
            "bkavsystemserver",
        ],
        display_words: &["bkav"],
    },
    Vendor {
        id: "cmc",
        name: "CMC",
        processes: &[
            "cmctrayicon",
            "cmcnecore",
            "cmcepagent",
            "cmccore",
            "cmcfmon",
        ],
        display_words: &["cmc"],
    },
    Vendor {
        id: "kaspersky",
        name: "Kaspersky",
        processes: &["avp", "avpui", "kavtray", "kavfs", "kavfswp"],
        display_words: &["kaspersky"],
    },
    Vendor {
        id: "eset",
        name: "ESET",
        processes: &["ekrn", "egui", "eguiproxy"],
        display_words: &["eset"],
    },
    Vendor {
        id: "avast",
        name: "Avast",
        processes: &["avastsvc", "avastui", "ashdisp"],
        display_words: &["avast"],
    },
    Vendor {
        id: "avg",
        name: "AVG",
        processes: &["avgsvc", "avgui", "avgwdsvc"],
        display_words: &["avg"],
    },
    Vendor {
        id: "norton",
        name: "Norton",
        processes: &["nortonsecurity", "nswscsvc"],
        display_words: &["norton"],
    },
    Vendor {
        id: "symantec",
        name: "Symantec Endpoint Protection",
        processes: &["ccsvchst", "rtvscan", "smc", "symcorpui"],
        display_words: &["symantec"],
    },
    Vendor {
        id: "mcafee",
        name: "McAfee",
        processes: &["mcshield", "mfemms", "mfevtps", "mfefire", "mctray"],
        display_words: &["mcafee", "trellix"],
    },
    Vendor {
        id: "trendmicro",
        name: "Trend Micro",
        processes: &["pccntmon", "tmbmsrv", "ntrtscan", "tmccsf"],
        display_words: &["trend micro"],
    },
    Vendor {
        id: "sophos",
        name: "Sophos",
        processes: &[
            "savservice",
            "sophoshealth",
            "sophosfilescanner",
            "sedservice",
            "sophosui",
        ],
        display_words: &["sophos"],
    },
    Vendor {
        id: "bitdefender",
        name: "Bitdefender",
        processes: &["vsserv", "bdagent", "bdservicehost"],
        display_words: &["bitdefender"],
    },
];

/// `BkavService.EXE` → `bkavservice`: Windows names carry `.exe` and any case.
pub fn process_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    lower.strip_suffix(".exe").unwrap_or(&lower).to_owned()
}

impl Vendor {
    /// Whether a process of this product is among `running` (keys from [`process_key`]).
    pub fn running_in(&self, running: &[String]) -> bool {
        running
            .iter()
            .any(|r| self.processes.iter().any(|p| p == r))
    }

    /// Whether a Security Center `displayName` names this vendor: a listed word or phrase
    /// standing on word boundaries (`AVG Internet Security` yes, `Savgard` no).
    pub fn names(&self, display_name: &str) -> bool {
        let words: Vec<String> = display_name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let joined = format!(" {} ", words.join(" "));
        self.display_words
            .iter()
            .any(|w| joined.contains(&format!(" {w} ")))
    }
}

/// The third-party vendor a Security Center row belongs to, if known.
pub fn vendor_of(display_name: &str) -> Option<&'static Vendor> {
    THIRD_PARTY.iter().find(|v| v.names(display_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bkav_processes_are_recognised_whatever_their_case() {
        let running = vec![process_key("BLuPro.exe"), process_key("explorer.exe")];
        let found: Vec<_> = THIRD_PARTY
            .iter()
            .filter(|v| v.running_in(&running))
            .map(|v| v.id)
            .collect();
        assert_eq!(found, ["bkav"]);
    }

    #[test]
    fn display_names_match_on_word_boundaries() {
        assert_eq!(vendor_of("Bkav Pro Internet Security").unwrap().id, "bkav");
        assert_eq!(vendor_of("CMC Endpoint Security").unwrap().id, "cmc");
        assert_eq!(vendor_of("AVG AntiVirus FREE").unwrap().id, "avg");
        assert_eq!(vendor_of("Trend Micro Apex One").unwrap().id, "trendmicro");
        assert!(vendor_of("Savgard Shield").is_none());
        assert!(vendor_of("Windows Defender").is_none());
        assert!(DEFENDER.names("Windows Defender"));
    }

    #[test]
    fn every_process_name_is_a_lower_case_key() {
        for v in THIRD_PARTY.iter().chain([&DEFENDER]) {
            for p in v.processes {
                assert_eq!(process_key(p), *p, "{}", v.id);
            }
        }
    }
}
