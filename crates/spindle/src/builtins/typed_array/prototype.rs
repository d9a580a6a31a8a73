//! The methods of %TypedArray% and %TypedArray.prototype% (ECMA-262 §23.2.2, §23.2.3).

use crate::value::ObjId;
use crate::vm::Vm;

/// Installs %TypedArray%'s static methods on `ctor` and the prototype methods on `proto`.
pub fn init(_vm: &mut Vm, _ctor: ObjId, _proto: ObjId) {}
