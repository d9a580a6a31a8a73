//! Node's own globals and built-in modules, one file per API (`process.rs` for `process`).

pub mod process;
