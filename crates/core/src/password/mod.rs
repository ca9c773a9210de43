//! Password guidance. Today: the organization's rule, checked requirement by requirement.
//! The strength estimate, generator and reuse detection build on this (see the password issue).

pub mod policy;
