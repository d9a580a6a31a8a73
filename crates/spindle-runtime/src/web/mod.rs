//! Web platform globals Node provides: DOMException and structuredClone.

pub mod dom_exception;
pub mod structured_clone;

use spindle::vm::Vm;

/// Installs the web globals.
pub fn install(vm: &mut Vm) {
    dom_exception::install(vm);
    structured_clone::install(vm);
}
