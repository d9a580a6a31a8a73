//! Globals whose built-ins a realm creates on first use. The global object's property is an
//! ordinary writable, non-enumerable, configurable data property flagged [`LAZY_VALUE`]
//! (ECMA-262 §19 gives every such global those attributes); its first read builds the
//! namespace, constructors and prototypes and stores the namespace in its place
//! (`Vm::read_lazy_value`). Built-ins that make instances of these types (a constructor
//! reached through another realm's `new.target`, `Date.prototype.toTemporalInstant`) ask
//! [`create_in`] for the realm's intrinsics, so they exist even when the global was
//! overwritten unread. An empty script's start-up does not pay for them: Temporal's eight
//! types were 17 % of its instructions (docs/performance.md).

use crate::object::property::{HIDDEN, LAZY_VALUE, Property};
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// The lazily created globals; the discriminant is what the lazy property stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LazyGlobal {
    Temporal,
    Math,
    Json,
    Reflect,
    Atomics,
    Console,
}

const ALL: [LazyGlobal; 6] = [
    LazyGlobal::Temporal,
    LazyGlobal::Math,
    LazyGlobal::Json,
    LazyGlobal::Reflect,
    LazyGlobal::Atomics,
    LazyGlobal::Console,
];

impl LazyGlobal {
    /// The global a lazy property's stored number names.
    pub fn from_number(n: f64) -> Option<LazyGlobal> {
        ALL.iter().copied().find(|&g| g as u8 as f64 == n)
    }

    /// The intrinsic's name in the realm's table once created.
    fn intrinsic_name(self) -> &'static str {
        match self {
            LazyGlobal::Temporal => "%Temporal%",
            LazyGlobal::Math => "%Math%",
            LazyGlobal::Json => "%JSON%",
            LazyGlobal::Reflect => "%Reflect%",
            LazyGlobal::Atomics => "%Atomics%",
            LazyGlobal::Console => "%console%",
        }
    }
}

/// Defines the current realm's global `name` as the lazy global `which`.
pub fn define(vm: &mut Vm, name: &str, which: LazyGlobal) {
    let g = vm.global_object();
    let key = vm.key_str(name);
    vm.store_property(g, key, Property::data(Value::Number(which as u8 as f64), HIDDEN | LAZY_VALUE));
}

/// The namespace object of `which` in `realm`, created (with everything it holds) on the
/// first call.
pub fn create_in(vm: &mut Vm, realm: u32, which: LazyGlobal) -> ObjId {
    let name = which.intrinsic_name();
    if let Some(&o) = vm.realms[realm as usize].intrinsics.extra.get(name) {
        return o;
    }
    let running = vm.realm;
    vm.realm = realm;
    let o = match which {
        LazyGlobal::Temporal => super::temporal::create_namespace(vm),
        LazyGlobal::Math => super::math::create(vm),
        LazyGlobal::Json => super::json::create(vm),
        LazyGlobal::Reflect => super::reflect::create(vm),
        LazyGlobal::Atomics => super::atomics::create(vm),
        LazyGlobal::Console => super::console::create(vm),
    };
    vm.realm = running;
    vm.realms[realm as usize].intrinsics.extra.insert(name, o);
    o
}

/// `key` (a name this realm's table gets when `which` is created) in `realm`'s intrinsics,
/// creating `which` first if it has not been.
pub fn intrinsic_in(vm: &mut Vm, realm: u32, which: LazyGlobal, key: &'static str) -> ObjId {
    create_in(vm, realm, which);
    vm.realms[realm as usize].intrinsics.extra[key]
}
