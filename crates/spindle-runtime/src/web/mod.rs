//! Web-platform globals that Node provides (WHATWG, HTML and WebIDL APIs), one module per API.

pub mod base64;
pub mod blob_url;
pub mod dom_exception;
pub mod errors;
pub mod lazy;
pub mod performance;
pub mod structured_clone;
pub mod text_encoding;
pub mod url;
pub mod webidl_promises;

use spindle::vm::Vm;

/// Installs the web-platform globals.
pub fn install(vm: &mut Vm) {
    base64::install(vm);
    text_encoding::install(vm);
    structured_clone::install(vm);
    lazy::install(vm);
}
