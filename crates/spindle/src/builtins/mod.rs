//! The built-in library, one module per built-in (ECMA-262 §19-§28).

pub mod array;
pub mod array_buffer;
pub mod array_from_async;
pub mod async_from_sync_iterator;
pub mod async_function;
pub mod async_generator;
pub mod async_iterator;
pub mod atomics;
pub mod bigint;
pub mod boolean;
pub mod collation;
pub mod console;
pub mod console_table;
pub mod data_view;
pub mod date;
pub mod disposable_stack;
pub mod error;
pub mod finalization_registry;
pub mod function;
pub mod generator;
pub mod global;
pub mod inspect;
pub mod iterator;
pub mod iterator_helpers;
pub mod iterator_zip;
pub mod json;
pub mod lazy_global;
pub mod map;
pub mod math;
pub(crate) mod merge_sort;
pub mod normalize;
pub mod number;
pub mod object;
pub mod promise;
pub mod proxy;
pub mod reflect;
pub mod regexp;
pub mod set;
pub mod shared_array_buffer;
pub mod string;
pub mod symbol;
pub mod temporal;
pub mod typed_array;
pub mod weakmap;
pub mod weakref;
#[rustfmt::skip]
pub mod unicode_tables;

use crate::value::Value;
use crate::vm::Vm;

/// The i-th argument or undefined.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Undefined)
}

/// Installs every built-in into the current realm (called by `create_realm`).
pub fn init_realm(vm: &mut Vm) {
    function::init(vm);
    object::init(vm);
    error::init(vm);
    symbol::init(vm);
    iterator::init(vm);
    generator::init(vm);
    async_function::init(vm);
    async_iterator::init(vm);
    async_generator::init(vm);
    async_from_sync_iterator::init(vm);
    disposable_stack::init(vm);
    iterator_helpers::init(vm);
    array::init(vm);
    array_from_async::init(vm);
    array_buffer::init(vm);
    typed_array::init(vm);
    shared_array_buffer::init(vm);
    data_view::init(vm);
    lazy_global::define(vm, "Atomics", lazy_global::LazyGlobal::Atomics);
    string::init(vm);
    regexp::init(vm);
    number::init(vm);
    bigint::init(vm);
    boolean::init(vm);
    date::init(vm);
    lazy_global::define(vm, "Temporal", lazy_global::LazyGlobal::Temporal);
    lazy_global::define(vm, "Math", lazy_global::LazyGlobal::Math);
    lazy_global::define(vm, "JSON", lazy_global::LazyGlobal::Json);
    map::init(vm);
    set::init(vm);
    weakmap::init(vm);
    weakref::init(vm);
    finalization_registry::init(vm);
    lazy_global::define(vm, "Reflect", lazy_global::LazyGlobal::Reflect);
    proxy::init(vm);
    promise::init(vm);
    global::init(vm);
    lazy_global::define(vm, "console", lazy_global::LazyGlobal::Console);
}
