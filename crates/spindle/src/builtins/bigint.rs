//! BigInt (ECMA-262 §21.2): the BigInt function (not a constructor), asIntN/asUintN and
//! BigInt.prototype. The value type itself is `value/bigint.rs`.

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::bigint::{integral_number_to_bigint, string_to_bigint};
use crate::value::conversions::Hint;
use crate::value::{BigIntId, Value};
use crate::vm::{JsResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("BigInt", 1, bigint_function, proto);
    vm.intrinsics_mut().extra.insert("%BigInt.prototype%", proto);
    vm.def_method(ctor, "asIntN", 2, as_int_n);
    vm.def_method(ctor, "asUintN", 2, as_uint_n);
    vm.def_method(proto, "toString", 0, to_string);
    vm.def_method(proto, "toLocaleString", 0, to_locale_string);
    vm.def_method(proto, "valueOf", 0, value_of);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("BigInt");
    vm.define_direct(proto, tag, s, CONFIGURABLE);
}

/// BigInt ( value ) (ECMA-262 §21.2.1.1)
fn bigint_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_some() {
        return Err(vm.type_error("BigInt is not a constructor"));
    }
    let prim = vm.to_primitive(arg(args, 0), Hint::Number)?;
    if let Value::Number(n) = prim {
        return number_to_bigint(vm, n);
    }
    to_bigint(vm, prim)
}

/// NumberToBigInt (ECMA-262 §21.2.1.1.1)
fn number_to_bigint(vm: &mut Vm, n: f64) -> JsResult<Value> {
    if !n.is_finite() || n.trunc() != n {
        let shown = crate::value::number::number_to_string(n);
        return Err(
            vm.range_error(&format!("The number {shown} cannot be converted to a BigInt because it is not an integer"))
        );
    }
    Ok(vm.bigint_value(integral_number_to_bigint(n)))
}

/// ToBigInt (ECMA-262 §7.1.13)
pub fn to_bigint(vm: &mut Vm, v: Value) -> JsResult<Value> {
    let prim = vm.to_primitive(v, Hint::Number)?;
    match prim {
        Value::BigInt(_) => Ok(prim),
        Value::Bool(b) => Ok(vm.bigint_value(BigInt::from(b as u8))),
        Value::String(s) => match string_to_bigint(vm.heap.str(s)) {
            Some(n) => Ok(vm.bigint_value(n)),
            None => {
                let text = vm.rust_string(s);
                Err(vm.syntax_error(&format!("Cannot convert {text} to a BigInt")))
            }
        },
        Value::Symbol(_) => Err(vm.type_error("Cannot convert a Symbol value to a bigint")),
        other => {
            let d = vm.describe(other);
            Err(vm.type_error(&format!("Cannot convert {d} to a BigInt")))
        }
    }
}

/// ToIndex (ECMA-262 §7.1.22) for the bit counts of asIntN / asUintN.
fn to_index(vm: &mut Vm, v: Value) -> JsResult<u64> {
    Ok(vm.to_index(v, "Invalid value: not (convertible to) a safe integer")? as u64)
}

/// BigInt.asIntN ( bits, bigint ) (ECMA-262 §21.2.2.1)
fn as_int_n(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let bits = to_index(vm, arg(args, 0))?;
    let Value::BigInt(b) = to_bigint(vm, arg(args, 1))? else { unreachable!("ToBigInt") };
    let n = vm.heap.bigint(b);
    if bits == 0 {
        return Ok(vm.bigint_value(BigInt::ZERO));
    }
    // Values that already fit in `bits` signed bits are unchanged (also for huge `bits`).
    if n.bits() < bits {
        return Ok(Value::BigInt(b));
    }
    let modulus = BigInt::one() << bits;
    let m = num_integer::Integer::mod_floor(n, &modulus);
    let r = if m >= (BigInt::one() << (bits - 1)) { m - modulus } else { m };
    Ok(vm.bigint_value(r))
}

/// BigInt.asUintN ( bits, bigint ) (ECMA-262 §21.2.2.2)
fn as_uint_n(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let bits = to_index(vm, arg(args, 0))?;
    let Value::BigInt(b) = to_bigint(vm, arg(args, 1))? else { unreachable!("ToBigInt") };
    let n = vm.heap.bigint(b);
    if !n.is_negative() && n.bits() <= bits {
        return Ok(Value::BigInt(b));
    }
    if bits > (1 << 30) {
        return Err(vm.range_error("Maximum BigInt size exceeded"));
    }
    let modulus = BigInt::one() << bits;
    let r = num_integer::Integer::mod_floor(n, &modulus);
    Ok(vm.bigint_value(r))
}

/// ThisBigIntValue (ECMA-262 §21.2.3.4.1)
fn this_bigint(vm: &mut Vm, v: Value, method: &str) -> JsResult<BigIntId> {
    match v {
        Value::BigInt(b) => Ok(b),
        Value::Object(o) => match vm.obj(o).kind {
            ObjectKind::BigIntBox(b) => Ok(b),
            _ => Err(vm.type_error(&format!("BigInt.prototype.{method} requires that 'this' be a BigInt"))),
        },
        _ => Err(vm.type_error(&format!("BigInt.prototype.{method} requires that 'this' be a BigInt"))),
    }
}

/// BigInt.prototype.toString ( [ radix ] ) (ECMA-262 §21.2.3.3)
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let b = this_bigint(vm, cx.this, "toString")?;
    let radix = match arg(args, 0) {
        Value::Undefined => 10.0,
        r => vm.to_integer_or_infinity(r)?,
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix must be between 2 and 36"));
    }
    let text = vm.bigint_to_string(b, radix as u32);
    Ok(vm.string(&text))
}

/// BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (ECMA-262 §21.2.3.2):
/// without ECMA-402, V8's default en-US form (ICU's decimal format): the digits grouped by
/// commas, `-` before a negative value.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let b = this_bigint(vm, cx.this, "toLocaleString")?;
    let text = vm.bigint_to_string(b, 10);
    let (sign, digits) = match text.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", text.as_str()),
    };
    let grouped = format!("{sign}{}", super::number::group_thousands(digits));
    Ok(vm.string(&grouped))
}

/// BigInt.prototype.valueOf ( ) (ECMA-262 §21.2.3.4)
fn value_of(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::BigInt(this_bigint(vm, cx.this, "valueOf")?))
}
