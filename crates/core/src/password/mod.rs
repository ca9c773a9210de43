//! Password guidance: the organization's rule checked requirement by requirement, and a strength
//! estimate that knows Vietnamese habits. Generator and reuse detection come next (see the
//! password issue).

pub mod fold;
pub mod patterns;
pub mod policy;
pub mod strength;
