//! `node:util/types` (Node: lib/internal/util/types.js and src/node_types.cc): brand checks
//! that read an object's internal kind, never its properties, so a forged
//! `Symbol.toStringTag` or prototype does not fool them.

use spindle::Value;
use spindle::binary::ElementType;
use spindle::builtins::arg;
use spindle::bytecode::BodyKind;
use spindle::object::{GeneratorKind, NativeCall, ObjectKind};
use spindle::vm::{JsResult, Vm};

/// One predicate: its exported name and the test on the object's kind.
type Check = fn(&Vm, &ObjectKind) -> bool;

fn typed(ty: ElementType) -> impl Fn(&ObjectKind) -> bool {
    move |k| matches!(k, ObjectKind::TypedArray(t) if t.ty == ty)
}

/// The predicates in Node 20's key order.
const CHECKS: &[(&str, Check)] = &[
    ("isExternal", |_, _| false),
    ("isDate", |_, k| matches!(k, ObjectKind::Date(_))),
    ("isArgumentsObject", |_, k| matches!(k, ObjectKind::Arguments(_))),
    ("isBigIntObject", |_, k| matches!(k, ObjectKind::BigIntBox(_))),
    ("isBooleanObject", |_, k| matches!(k, ObjectKind::BooleanBox(_))),
    ("isNumberObject", |_, k| matches!(k, ObjectKind::NumberBox(_))),
    ("isStringObject", |_, k| matches!(k, ObjectKind::StringBox(_))),
    ("isSymbolObject", |_, k| matches!(k, ObjectKind::SymbolBox(_))),
    ("isNativeError", |_, k| matches!(k, ObjectKind::Error)),
    ("isRegExp", |_, _| false),
    (
        "isAsyncFunction",
        |_, k| matches!(k, ObjectKind::Function(f) if matches!(f.code.body, BodyKind::Async | BodyKind::AsyncGenerator)),
    ),
    (
        "isGeneratorFunction",
        |_, k| matches!(k, ObjectKind::Function(f) if matches!(f.code.body, BodyKind::Generator | BodyKind::AsyncGenerator)),
    ),
    (
        "isGeneratorObject",
        |_, k| matches!(k, ObjectKind::Generator(g) if matches!(g.kind, GeneratorKind::Sync | GeneratorKind::Async)),
    ),
    ("isPromise", |_, k| matches!(k, ObjectKind::Promise(_))),
    ("isMap", |_, k| matches!(k, ObjectKind::Map(_))),
    ("isSet", |_, k| matches!(k, ObjectKind::Set(_))),
    ("isMapIterator", |_, k| matches!(k, ObjectKind::CollectionIterator { set: false, .. })),
    ("isSetIterator", |_, k| matches!(k, ObjectKind::CollectionIterator { set: true, .. })),
    ("isWeakMap", |_, k| matches!(k, ObjectKind::WeakMap(_))),
    ("isWeakSet", |_, k| matches!(k, ObjectKind::WeakSet(_))),
    ("isArrayBuffer", |_, k| matches!(k, ObjectKind::ArrayBuffer(_))),
    ("isDataView", |_, k| matches!(k, ObjectKind::DataView(_))),
    ("isSharedArrayBuffer", |_, k| matches!(k, ObjectKind::SharedArrayBuffer(_))),
    ("isProxy", |_, k| matches!(k, ObjectKind::Proxy(_))),
    ("isModuleNamespaceObject", |_, k| matches!(k, ObjectKind::ModuleNamespace(_))),
    ("isAnyArrayBuffer", |_, k| matches!(k, ObjectKind::ArrayBuffer(_) | ObjectKind::SharedArrayBuffer(_))),
    ("isBoxedPrimitive", |_, k| {
        matches!(
            k,
            ObjectKind::NumberBox(_)
                | ObjectKind::StringBox(_)
                | ObjectKind::BooleanBox(_)
                | ObjectKind::BigIntBox(_)
                | ObjectKind::SymbolBox(_)
        )
    }),
    ("isArrayBufferView", |_, k| matches!(k, ObjectKind::TypedArray(_) | ObjectKind::DataView(_))),
    ("isTypedArray", |_, k| matches!(k, ObjectKind::TypedArray(_))),
    ("isUint8Array", |_, k| typed(ElementType::Uint8)(k)),
    ("isUint8ClampedArray", |_, k| typed(ElementType::Uint8Clamped)(k)),
    ("isUint16Array", |_, k| typed(ElementType::Uint16)(k)),
    ("isUint32Array", |_, k| typed(ElementType::Uint32)(k)),
    ("isInt8Array", |_, k| typed(ElementType::Int8)(k)),
    ("isInt16Array", |_, k| typed(ElementType::Int16)(k)),
    ("isInt32Array", |_, k| typed(ElementType::Int32)(k)),
    ("isFloat32Array", |_, k| typed(ElementType::Float32)(k)),
    ("isFloat64Array", |_, k| typed(ElementType::Float64)(k)),
    ("isBigInt64Array", |_, k| typed(ElementType::BigInt64)(k)),
    ("isBigUint64Array", |_, k| typed(ElementType::BigUint64)(k)),
    ("isKeyObject", |_, _| false),
    ("isCryptoKey", |_, _| false),
];

/// The module's exports object.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    for (i, (name, _)) in CHECKS.iter().enumerate() {
        let f = vm.new_builtin_closure(name, 1, check, &[Value::Number(i as f64)]);
        vm.def_value(o, name, Value::Object(f), spindle::object::property::DEFAULT_ATTRS);
    }
    Value::Object(o)
}

fn check(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else { return Ok(Value::Bool(false)) };
    let index = match vm.native_slots(cx.callee).first() {
        Some(Value::Number(n)) => *n as usize,
        _ => return Ok(Value::Bool(false)),
    };
    let Some(&(name, test)) = CHECKS.get(index) else { return Ok(Value::Bool(false)) };
    if name == "isRegExp" {
        return Ok(Value::Bool(spindle::builtins::regexp::is_regexp_object(vm, Value::Object(o))));
    }
    Ok(Value::Bool(test(vm, &vm.obj(o).kind)))
}
