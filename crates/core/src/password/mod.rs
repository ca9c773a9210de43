//! Password guidance: the organization's rule checked requirement by requirement, and a strength
//! estimate that knows Vietnamese habits, and a generator. Reuse detection comes next (see the
//! password issue).

pub mod fold;
pub mod generate;
pub mod patterns;
pub mod policy;
pub mod strength;
