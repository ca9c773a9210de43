//! Writers: how a model core has already decided is put on paper. Nothing here decides what a
//! document says; `report` and `rollup` do, and call these.

pub mod pdf;
