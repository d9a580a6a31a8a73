//! Type conversion and comparison abstract operations (ECMA-262 §7.1, §7.2).

use super::number::{string_to_number, to_int32, to_uint32};
use super::{ObjId, Packed, StrId, Value};
use crate::object::{ObjectKind, PropertyKey};
use crate::vm::{JsResult, Vm};

/// Hint for ToPrimitive.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hint {
    Default,
    Number,
    String,
}

impl Vm {
    /// ToBoolean (ECMA-262 §7.1.2)
    pub fn to_boolean(&self, v: Value) -> bool {
        match v {
            Value::Undefined | Value::Null | Value::Empty => false,
            Value::Bool(b) => b,
            Value::Number(n) => !(n == 0.0 || n.is_nan()),
            Value::String(s) => !self.heap.str(s).is_empty(),
            Value::BigInt(b) => !num_traits::Zero::is_zero(self.heap.bigint(b)),
            // §B.3.6.1: an object with [[IsHTMLDDA]] converts to false.
            Value::Object(o) => !self.is_html_dda(o),
            Value::Symbol(_) | Value::Env(_) => true,
        }
    }

    /// ToNumber (ECMA-262 §7.1.4)
    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        match v {
            Value::Number(n) => Ok(n),
            Value::Undefined | Value::Empty | Value::Env(_) => Ok(f64::NAN),
            Value::Null => Ok(0.0),
            Value::Bool(b) => Ok(if b { 1.0 } else { 0.0 }),
            Value::String(s) => Ok(string_to_number(self.heap.str(s))),
            Value::Symbol(_) => Err(self.type_error("Cannot convert a Symbol value to a number")),
            Value::BigInt(_) => Err(self.type_error("Cannot convert a BigInt value to a number")),
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::Number)?;
                self.to_number(p)
            }
        }
    }

    /// ToNumeric (ECMA-262 §7.1.3): a Number or a BigInt value.
    pub fn to_numeric(&mut self, v: Value) -> JsResult<Value> {
        if let Value::Number(_) = v {
            return Ok(v);
        }
        let p = self.to_primitive(v, Hint::Number)?;
        if let Value::BigInt(_) = p {
            return Ok(p);
        }
        Ok(Value::Number(self.to_number(p)?))
    }

    /// ToIntegerOrInfinity (ECMA-262 §7.1.5)
    pub fn to_integer_or_infinity(&mut self, v: Value) -> JsResult<f64> {
        let n = self.to_number(v)?;
        if n.is_nan() || n == 0.0 {
            return Ok(0.0);
        }
        Ok(n.trunc())
    }

    pub fn to_int32(&mut self, v: Value) -> JsResult<i32> {
        if let Value::Number(n) = v {
            return Ok(to_int32(n));
        }
        Ok(to_int32(self.to_number(v)?))
    }

    pub fn to_uint32(&mut self, v: Value) -> JsResult<u32> {
        if let Value::Number(n) = v {
            return Ok(to_uint32(n));
        }
        Ok(to_uint32(self.to_number(v)?))
    }

    /// ToLength (ECMA-262 §7.1.20)
    /// ToIndex (ECMA-262 §7.1.22); `message` is the RangeError's text (V8 names what the
    /// index was for).
    pub fn to_index(&mut self, v: Value, message: &str) -> JsResult<usize> {
        let n = self.to_integer_or_infinity(v)?;
        if !(0.0..=9007199254740991.0).contains(&n) {
            return Err(self.range_error(message));
        }
        Ok(n as usize)
    }

    pub fn to_length(&mut self, v: Value) -> JsResult<f64> {
        let n = self.to_integer_or_infinity(v)?;
        if n <= 0.0 {
            return Ok(0.0);
        }
        Ok(n.min(9007199254740991.0))
    }

    /// ToString (ECMA-262 §7.1.17), producing a string handle.
    pub fn to_string(&mut self, v: Value) -> JsResult<StrId> {
        Ok(match v {
            Value::String(s) => s,
            Value::Undefined | Value::Empty | Value::Env(_) => self.names.undefined,
            Value::Null => self.names.null,
            Value::Bool(true) => self.names.true_,
            Value::Bool(false) => self.names.false_,
            Value::Number(n) => self.number_string(n),
            Value::BigInt(b) => {
                let text = self.bigint_to_string(b, 10);
                self.heap.alloc_str(&text)
            }
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a string"));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                return self.to_string(p);
            }
        })
    }

    /// Number::toString as a heap string (small integers hit the intern table).
    pub fn number_string(&mut self, n: f64) -> StrId {
        let heap = &mut self.heap;
        crate::value::number::with_number_text(n, |s| if s.len() <= 4 { heap.intern_str(s) } else { heap.alloc_str(s) })
    }

    /// ToString as a Rust string.
    pub fn to_rust_string(&mut self, v: Value) -> JsResult<String> {
        let s = self.to_string(v)?;
        Ok(self.rust_string(s))
    }

    /// ToPrimitive (ECMA-262 §7.1.1)
    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        let Value::Object(o) = v else { return Ok(v) };
        let ex = self.get(o, PropertyKey::Symbol(self.sym.to_primitive), v)?;
        if !ex.is_nullish() {
            if !self.is_callable(ex) {
                return Err(self.type_error("Symbol.toPrimitive is not a function"));
            }
            let h = match hint {
                Hint::Default => self.names.default,
                Hint::Number => self.names.number,
                Hint::String => self.names.string,
            };
            let r = self.call(ex, v, &[Value::String(h)])?;
            if r.is_object() {
                return Err(self.type_error("Cannot convert object to primitive value"));
            }
            return Ok(r);
        }
        self.ordinary_to_primitive(o, if hint == Hint::String { Hint::String } else { Hint::Number })
    }

    /// OrdinaryToPrimitive (ECMA-262 §7.1.1.1)
    pub fn ordinary_to_primitive(&mut self, o: ObjId, hint: Hint) -> JsResult<Value> {
        let order = if hint == Hint::String {
            [self.names.to_string, self.names.value_of]
        } else {
            [self.names.value_of, self.names.to_string]
        };
        for name in order {
            let f = self.get(o, PropertyKey::String(name), Value::Object(o))?;
            if self.is_callable(f) {
                let r = self.call(f, Value::Object(o), &[])?;
                if !r.is_object() {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    /// The prototype ToObject gives a primitive's wrapper in the current realm (None for
    /// objects and for values ToObject rejects): where a property of a primitive is looked up.
    pub fn primitive_prototype(&self, v: Value) -> Option<ObjId> {
        let i = &self.current_realm().intrinsics;
        Some(match v {
            Value::Bool(_) => i.boolean_prototype,
            Value::Number(_) => i.number_prototype,
            Value::String(_) => i.string_prototype,
            Value::Symbol(_) => i.symbol_prototype,
            Value::BigInt(_) => i.extra["%BigInt.prototype%"],
            Value::Object(_) | Value::Undefined | Value::Null | Value::Empty | Value::Env(_) => return None,
        })
    }

    /// ToObject (ECMA-262 §7.1.18)
    pub fn to_object(&mut self, v: Value) -> JsResult<ObjId> {
        let realm = &self.realms[self.realm as usize];
        let (proto, kind) = match v {
            Value::Object(o) => return Ok(o),
            Value::Undefined | Value::Null | Value::Empty | Value::Env(_) => {
                return Err(self.type_error("Cannot convert undefined or null to object"));
            }
            Value::Bool(b) => (realm.intrinsics.boolean_prototype, ObjectKind::BooleanBox(b)),
            Value::Number(n) => (realm.intrinsics.number_prototype, ObjectKind::NumberBox(n)),
            Value::String(s) => (realm.intrinsics.string_prototype, ObjectKind::StringBox(s)),
            Value::Symbol(s) => (realm.intrinsics.symbol_prototype, ObjectKind::SymbolBox(s)),
            Value::BigInt(b) => (realm.intrinsics.extra["%BigInt.prototype%"], ObjectKind::BigIntBox(b)),
        };
        Ok(self.heap.alloc_object(crate::object::Object::new(Some(proto), kind)))
    }

    /// ToPropertyKey (ECMA-262 §7.1.19)
    pub fn to_property_key(&mut self, v: Value) -> JsResult<PropertyKey> {
        match v {
            Value::Number(n)
                if (0.0..4294967295.0).contains(&n) && n.fract() == 0.0 && !(n == 0.0 && n.is_sign_negative()) =>
            {
                Ok(PropertyKey::Index(n as u32))
            }
            Value::String(s) => Ok(self.string_key(s)),
            Value::Symbol(s) => Ok(PropertyKey::Symbol(s)),
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_property_key(p)
            }
            _ => {
                let s = self.to_string(v)?;
                Ok(self.string_key(s))
            }
        }
    }

    /// The property key for a string value.
    pub fn string_key(&mut self, s: StrId) -> PropertyKey {
        if let Some(i) = super::string::as_array_index(self.heap.str(s)) {
            return PropertyKey::Index(i);
        }
        PropertyKey::String(self.heap.intern_id(s))
    }

    /// A key as a JS value (strings for indices).
    pub fn key_to_value(&mut self, k: PropertyKey) -> Value {
        match k {
            PropertyKey::Index(i) => Value::String(self.number_string(i as f64)),
            PropertyKey::String(s) => Value::String(s),
            PropertyKey::Symbol(s) => Value::Symbol(s),
        }
    }

    /// String contents equality.
    pub fn str_eq(&self, a: StrId, b: StrId) -> bool {
        a == b || self.heap.str(a) == self.heap.str(b)
    }

    /// IsStrictlyEqual (ECMA-262 §7.2.15)
    pub fn strict_equals(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y,
            (Value::String(x), Value::String(y)) => self.str_eq(x, y),
            (Value::BigInt(x), Value::BigInt(y)) => x == y || self.heap.bigint(x) == self.heap.bigint(y),
            _ => a == b,
        }
    }

    /// IsStrictlyEqual on values as registers hold them: two numbers compare as numbers;
    /// otherwise equal bits are the same value, and different bits can still be equal only
    /// for two strings (one content, two ids) or two BigInts.
    #[inline(always)]
    pub fn strict_equals_packed(&self, a: Packed, b: Packed) -> bool {
        if let (Some(x), Some(y)) = (a.number(), b.number()) {
            return x == y;
        }
        if a == b {
            return true;
        }
        ((a.is_string() && b.is_string()) || (a.is_bigint() && b.is_bigint())) && self.strict_equals(a.get(), b.get())
    }

    /// SameValue (ECMA-262 §7.2.10)
    pub fn same_value(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::String(x), Value::String(y)) => self.str_eq(x, y),
            (Value::BigInt(_), Value::BigInt(_)) => self.strict_equals(a, b),
            (Value::Number(x), Value::Number(y)) => {
                (x.is_nan() && y.is_nan()) || (x == y && x.is_sign_negative() == y.is_sign_negative())
            }
            _ => a == b,
        }
    }

    /// SameValueZero (ECMA-262 §7.2.11)
    pub fn same_value_zero(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
            _ => self.strict_equals(a, b),
        }
    }

    /// IsLooselyEqual (ECMA-262 §7.2.14) where it needs no conversion and nothing from the
    /// heap: undefined or null against anything, and two objects. `None` for the rest.
    /// Inlined into the interpreter's comparisons (`x == null` is the common case).
    #[inline(always)]
    pub fn loose_equals_without_conversion(&self, a: Value, b: Value) -> Option<bool> {
        use Value::*;
        Some(match (a, b) {
            (Undefined | Null, Undefined | Null) => true,
            // §B.3.6.2: an object with [[IsHTMLDDA]] is loosely equal to undefined and null.
            (Object(o), Undefined | Null) | (Undefined | Null, Object(o)) => self.is_html_dda(o),
            (Undefined | Null, _) | (_, Undefined | Null) => false,
            (Object(x), Object(y)) => x == y,
            _ => return None,
        })
    }

    /// IsLooselyEqual (ECMA-262 §7.2.14)
    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        use Value::*;
        if let Some(equal) = self.loose_equals_without_conversion(a, b) {
            return Ok(equal);
        }
        Ok(match (a, b) {
            (Number(_), Number(_))
            | (String(_), String(_))
            | (Bool(_), Bool(_))
            | (Symbol(_), Symbol(_))
            | (BigInt(_), BigInt(_)) => self.strict_equals(a, b),
            (Number(x), String(s)) | (String(s), Number(x)) => x == string_to_number(self.heap.str(s)),
            (BigInt(x), String(s)) | (String(s), BigInt(x)) => {
                super::bigint::string_to_bigint(self.heap.str(s)).is_some_and(|n| n == *self.heap.bigint(x))
            }
            (BigInt(x), Number(n)) | (Number(n), BigInt(x)) => {
                super::bigint::compare_bigint_number(self.heap.bigint(x), n) == Some(std::cmp::Ordering::Equal)
            }
            (Bool(x), _) => return self.loose_equals(Number(if x { 1.0 } else { 0.0 }), b),
            (_, Bool(y)) => return self.loose_equals(a, Number(if y { 1.0 } else { 0.0 })),
            (Object(_), Number(_) | String(_) | Symbol(_) | BigInt(_)) => {
                let p = self.to_primitive(a, Hint::Default)?;
                return self.loose_equals(p, b);
            }
            (Number(_) | String(_) | Symbol(_) | BigInt(_), Object(_)) => {
                let p = self.to_primitive(b, Hint::Default)?;
                return self.loose_equals(a, p);
            }
            _ => false,
        })
    }

    /// IsCallable (ECMA-262 §7.2.3)
    pub fn is_callable(&self, v: Value) -> bool {
        match v {
            Value::Object(o) => self.obj(o).is_callable(),
            _ => false,
        }
    }

    /// IsConstructor (ECMA-262 §7.2.4)
    pub fn is_constructor(&self, v: Value) -> bool {
        let Value::Object(o) = v else { return false };
        match &self.obj(o).kind {
            ObjectKind::Function(f) => f.ctor_kind != crate::object::ConstructorKind::None,
            ObjectKind::Native { is_ctor, .. } => *is_ctor,
            ObjectKind::Bound(b) => self.is_constructor(Value::Object(b.target)),
            ObjectKind::Proxy(p) => p.constructor,
            _ => false,
        }
    }

    /// IsArray (ECMA-262 §7.2.2)
    pub fn is_array(&mut self, v: Value) -> JsResult<bool> {
        let Value::Object(o) = v else { return Ok(false) };
        match &self.obj(o).kind {
            ObjectKind::Array { .. } => Ok(true),
            ObjectKind::Proxy(p) => match p.target {
                Some(t) => self.is_array(Value::Object(t)),
                None => Err(self.type_error("Cannot perform 'IsArray' on a proxy that has been revoked")),
            },
            _ => Ok(false),
        }
    }

    /// typeof (ECMA-262 §13.5.3)
    pub fn type_of(&self, v: Value) -> StrId {
        match v {
            Value::Undefined | Value::Empty | Value::Env(_) => self.names.undefined,
            Value::Null => self.names.object,
            Value::Bool(_) => self.names.boolean,
            Value::Number(_) => self.names.number,
            Value::String(_) => self.names.string,
            Value::Symbol(_) => self.names.symbol,
            Value::BigInt(_) => self.names.bigint,
            // §B.3.6.3: typeof an object with [[IsHTMLDDA]] is "undefined".
            Value::Object(o) if self.is_html_dda(o) => self.names.undefined,
            Value::Object(o) => {
                if self.obj(o).is_callable() {
                    self.names.function
                } else {
                    self.names.object
                }
            }
        }
    }
}
