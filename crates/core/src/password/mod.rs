//! Password guidance: the organization's rule checked requirement by requirement, and a strength
//! estimate that knows Vietnamese habits, a generator, and reuse detection through keyed
//! fingerprints.

pub mod blocklist;
pub mod checklist;
pub mod crack_time;
pub mod fingerprints;
pub mod fold;
pub mod generate;
pub mod leaked;
pub mod patterns;
pub mod policy;
pub mod strength;
pub mod vi_model;
mod zxcvbn_view;
