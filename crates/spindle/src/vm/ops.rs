//! Operator semantics and property access helpers used by the interpreter
//! (ECMA-262 §13 expressions, §7.4 iterator operations, §14.7.5 for-in).

use super::{JsResult, Vm};
use crate::bytecode::{BinOp, Code, UnOp};
use crate::object::property::*;
use crate::object::{ForInState, Object, ObjectKind};
use crate::value::conversions::Hint;
use crate::value::number::{to_int32, to_uint32};
use crate::value::{ObjId, Packed, StrId, Value};
use std::rc::Rc;

impl Vm {
    /// ApplyStringOrNumericBinaryOperator and the relational/equality operators.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> JsResult<Value> {
        Ok(match op {
            BinOp::Add => {
                if let (Value::Number(x), Value::Number(y)) = (a, b) {
                    return Ok(Value::Number(x + y));
                }
                let pa = self.to_primitive(a, Hint::Default)?;
                let pb = self.to_primitive(b, Hint::Default)?;
                if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
                    let sa = self.to_string(pa)?;
                    let sb = self.to_string(pb)?;
                    return Ok(Value::String(self.concat_strings(sa, sb)?));
                }
                return self.numeric_op(op, pa, pb);
            }
            BinOp::Sub
            | BinOp::Mul
            | BinOp::Div
            | BinOp::Mod
            | BinOp::Exp
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::Shl
            | BinOp::Shr
            | BinOp::UShr => return self.numeric_op(op, a, b),
            BinOp::Eq => Value::Bool(self.loose_equals(a, b)?),
            BinOp::Ne => Value::Bool(!self.loose_equals(a, b)?),
            BinOp::StrictEq => Value::Bool(self.strict_equals(a, b)),
            BinOp::StrictNe => Value::Bool(!self.strict_equals(a, b)),
            BinOp::Lt => Value::Bool(self.less_than(a, b, true)? == Some(true)),
            BinOp::Gt => Value::Bool(self.less_than(b, a, false)? == Some(true)),
            BinOp::Le => Value::Bool(self.less_than(b, a, false)? == Some(false)),
            BinOp::Ge => Value::Bool(self.less_than(a, b, true)? == Some(false)),
            BinOp::InstanceOf => Value::Bool(self.instance_of(a, b)?),
            BinOp::In => {
                let Value::Object(o) = b else {
                    // V8's wording, both values shown without running code.
                    let key = crate::structured_clone::no_side_effects_to_string(self, a);
                    let target = crate::structured_clone::no_side_effects_to_string(self, b);
                    return Err(self.type_error(&format!("Cannot use 'in' operator to search for '{key}' in {target}")));
                };
                let k = self.to_property_key(a)?;
                Value::Bool(self.has_property(o, k)?)
            }
        })
    }

    /// ApplyStringOrNumericBinaryOperator steps 3-8 (ECMA-262 §13.15.3) for the numeric
    /// operators: ToNumeric on both sides, then the Number or the BigInt operation; mixing
    /// the two types is a TypeError.
    fn numeric_op(&mut self, op: BinOp, a: Value, b: Value) -> JsResult<Value> {
        let (x, y) = match (a, b) {
            (Value::Number(x), Value::Number(y)) => (x, y),
            _ => {
                let na = self.to_numeric(a)?;
                let nb = self.to_numeric(b)?;
                match (na, nb) {
                    (Value::Number(x), Value::Number(y)) => (x, y),
                    (Value::BigInt(x), Value::BigInt(y)) => {
                        use crate::value::bigint::BigIntOp as B;
                        let bop = match op {
                            BinOp::Add => B::Add,
                            BinOp::Sub => B::Sub,
                            BinOp::Mul => B::Mul,
                            BinOp::Div => B::Div,
                            BinOp::Mod => B::Rem,
                            BinOp::Exp => B::Exp,
                            BinOp::BitAnd => B::And,
                            BinOp::BitOr => B::Or,
                            BinOp::BitXor => B::Xor,
                            BinOp::Shl => B::Shl,
                            BinOp::Shr => B::Shr,
                            _ => B::UShr,
                        };
                        return self.bigint_binary(bop, x, y);
                    }
                    _ => return Err(self.type_error("Cannot mix BigInt and other types, use explicit conversions")),
                }
            }
        };
        Ok(Value::Number(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => x / y,
            BinOp::Mod => js_rem(x, y),
            BinOp::Exp => js_pow(x, y),
            BinOp::BitAnd => (to_int32(x) & to_int32(y)) as f64,
            BinOp::BitOr => (to_int32(x) | to_int32(y)) as f64,
            BinOp::BitXor => (to_int32(x) ^ to_int32(y)) as f64,
            BinOp::Shl => to_int32(x).wrapping_shl(to_uint32(y) & 31) as f64,
            BinOp::Shr => (to_int32(x) >> (to_uint32(y) & 31)) as f64,
            _ => (to_uint32(x) >> (to_uint32(y) & 31)) as f64,
        }))
    }

    /// SpeciesConstructor ( O, defaultConstructor ) (ECMA-262 §7.3.22)
    pub fn species_constructor(&mut self, o: ObjId, default: ObjId) -> JsResult<Value> {
        let promise = self.current_realm().intrinsics.promise == Some(default);
        if promise && let Some(c) = self.cached_promise_species(o) {
            return Ok(c);
        }
        let constructor = PropertyKey::String(self.names.constructor);
        let c = self.get(o, constructor, Value::Object(o))?;
        if promise {
            self.fill_get_cache(&self.promise_species.constructor, o, constructor);
        }
        if c.is_undefined() {
            return Ok(Value::Object(default));
        }
        let Value::Object(co) = c else {
            return Err(self.type_error("object.constructor is not an object"));
        };
        let species = PropertyKey::Symbol(self.sym.species);
        let s = self.get(co, species, c)?;
        if promise {
            self.fill_get_cache(&self.promise_species.species, co, species);
        }
        if s.is_nullish() {
            return Ok(Value::Object(default));
        }
        if self.is_constructor(s) {
            return Ok(s);
        }
        Err(self.type_error("object.constructor[Symbol.species] is not a constructor"))
    }

    /// SpeciesConstructor(o, %Promise%) without its two [[Get]]s and the getter call, when
    /// the caches it fills say they would find `constructor` as a data property (a promise's,
    /// inherited from %Promise.prototype%) and, on that constructor, %Promise%'s own species
    /// getter, which returns its receiver. `then` asks this once per call.
    fn cached_promise_species(&self, o: ObjId) -> Option<Value> {
        let sites = &self.promise_species;
        let c = self.get_cached(o, &sites.constructor.first)?;
        if sites.constructor.first.is_getter() {
            return None;
        }
        let c = c.object()?;
        let getter = self.get_cached(c, &sites.species.first)?;
        let known = self.current_realm().intrinsics.promise_species_getter;
        (sites.species.first.is_getter() && getter.object() == known && self.is_constructor(Value::Object(c)))
            .then_some(Value::Object(c))
    }

    /// IsLessThan (ECMA-262 §7.2.13); None = undefined (NaN involved).
    pub fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        let (pa, pb) = if left_first {
            let pa = self.to_primitive(a, Hint::Number)?;
            let pb = self.to_primitive(b, Hint::Number)?;
            (pa, pb)
        } else {
            let pb = self.to_primitive(b, Hint::Number)?;
            let pa = self.to_primitive(a, Hint::Number)?;
            (pa, pb)
        };
        use crate::value::bigint::{compare_bigint_number, string_to_bigint};
        use std::cmp::Ordering;
        match (pa, pb) {
            (Value::String(x), Value::String(y)) => return Ok(Some(self.heap.str(x) < self.heap.str(y))),
            (Value::BigInt(x), Value::String(y)) => {
                return Ok(string_to_bigint(self.heap.str(y)).map(|ny| *self.heap.bigint(x) < ny));
            }
            (Value::String(x), Value::BigInt(y)) => {
                return Ok(string_to_bigint(self.heap.str(x)).map(|nx| nx < *self.heap.bigint(y)));
            }
            _ => {}
        }
        let (x, y) = if left_first {
            let x = self.to_numeric(pa)?;
            (x, self.to_numeric(pb)?)
        } else {
            let y = self.to_numeric(pb)?;
            (self.to_numeric(pa)?, y)
        };
        Ok(match (x, y) {
            (Value::Number(x), Value::Number(y)) => {
                if x.is_nan() || y.is_nan() {
                    None
                } else {
                    Some(x < y)
                }
            }
            (Value::BigInt(x), Value::BigInt(y)) => Some(self.heap.bigint(x) < self.heap.bigint(y)),
            (Value::BigInt(x), Value::Number(y)) => {
                compare_bigint_number(self.heap.bigint(x), y).map(|o| o == Ordering::Less)
            }
            (Value::Number(x), Value::BigInt(y)) => {
                compare_bigint_number(self.heap.bigint(y), x).map(|o| o == Ordering::Greater)
            }
            _ => None,
        })
    }

    /// InstanceofOperator (ECMA-262 §13.10.2)
    pub fn instance_of(&mut self, v: Value, target: Value) -> JsResult<bool> {
        let Value::Object(t) = target else {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object"));
        };
        if self.has_instance_is_intrinsic(t) {
            // %Function.prototype%[@@hasInstance] is OrdinaryHasInstance(this, V).
            return self.ordinary_has_instance(target, v);
        }
        let h = self.get(t, PropertyKey::Symbol(self.sym.has_instance), target)?;
        if !h.is_nullish() {
            if !self.is_callable(h) {
                return Err(self.type_error("Symbol.hasInstance is not callable"));
            }
            let r = self.call(h, target, &[v])?;
            return Ok(self.to_boolean(r));
        }
        if !self.is_callable(target) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(target, v)
    }

    /// Whether GetMethod(`f`, @@hasInstance) is %Function.prototype%[@@hasInstance] without
    /// a lookup: `f` is an ordinary function with no own @@hasInstance whose prototype is its
    /// realm's %Function.prototype%, where that property is non-writable and
    /// non-configurable (ECMA-262 §20.2.3.6), so it cannot have changed. Classes and
    /// functions written in JavaScript take this path; everything else the full [[Get]].
    fn has_instance_is_intrinsic(&self, f: ObjId) -> bool {
        let o = self.obj(f);
        let ObjectKind::Function(fd) = &o.kind else { return false };
        o.proto() == Some(self.realms[fd.realm as usize].intrinsics.function_prototype)
            && o.props.get(PropertyKey::Symbol(self.sym.has_instance)).is_none()
    }

    /// OrdinaryHasInstance (ECMA-262 §7.3.21)
    pub fn ordinary_has_instance(&mut self, c: Value, o: Value) -> JsResult<bool> {
        if !self.is_callable(c) {
            return Ok(false);
        }
        let co = c.as_object().expect("callable");
        if let ObjectKind::Bound(b) = &self.obj(co).kind {
            let t = b.target;
            return self.instance_of(o, Value::Object(t));
        }
        let Value::Object(mut obj) = o else {
            return Ok(false);
        };
        let p = self.get_prototype_property(co)?;
        let Value::Object(p) = p else {
            return Err(self.type_error("Function has non-object prototype in instanceof check"));
        };
        loop {
            match self.get_prototype_of(obj)? {
                None => return Ok(false),
                Some(x) if x == p => return Ok(true),
                Some(x) => obj = x,
            }
        }
    }

    pub fn unary_op(&mut self, op: UnOp, v: Value) -> JsResult<Value> {
        Ok(match op {
            UnOp::Plus => Value::Number(self.to_number(v)?),
            UnOp::ToNumeric => self.to_numeric(v)?,
            UnOp::Neg | UnOp::BitNot | UnOp::Inc | UnOp::Dec => {
                let n = self.to_numeric(v)?;
                match n {
                    Value::BigInt(b) => {
                        // BigInt::unaryMinus, BigInt::bitwiseNOT (-x - 1), x ± 1n.
                        let x = self.heap.bigint(b).clone();
                        let r = match op {
                            UnOp::Neg => -x,
                            UnOp::BitNot => -x - 1,
                            UnOp::Inc => x + 1,
                            _ => x - 1,
                        };
                        self.bigint_value(r)
                    }
                    Value::Number(x) => Value::Number(match op {
                        UnOp::Neg => -x,
                        UnOp::BitNot => !to_int32(x) as f64,
                        UnOp::Inc => x + 1.0,
                        _ => x - 1.0,
                    }),
                    _ => unreachable!("ToNumeric gives a Number or a BigInt"),
                }
            }
            UnOp::Not => Value::Bool(!self.to_boolean(v)),
            UnOp::TypeOf => Value::String(self.type_of(v)),
            UnOp::ToPropertyKey => {
                let k = self.to_property_key(v)?;
                self.key_to_value(k)
            }
            UnOp::ToString => Value::String(self.to_string(v)?),
            UnOp::ToPrimitiveString => {
                let p = self.to_primitive(v, Hint::Default)?;
                Value::String(self.to_string(p)?)
            }
            UnOp::ToObject => Value::Object(self.to_object(v)?),
        })
    }

    /// String concatenation (RangeError past the maximum string length).
    /// Short results are copied; long ones become ropes (see `JsString`).
    pub fn concat_strings(&mut self, a: StrId, b: StrId) -> JsResult<StrId> {
        let (lx, ly) = (self.heap.str_len(a), self.heap.str_len(b));
        if lx == 0 {
            return Ok(b);
        }
        if ly == 0 {
            return Ok(a);
        }
        if lx + ly > MAX_STRING_LEN {
            return Err(self.range_error("Invalid string length"));
        }
        if lx + ly >= MIN_ROPE_LEN {
            return Ok(self.heap.alloc_rope(a, b));
        }
        Ok(self.heap.alloc_string_rc(self.joined_units(&[a, b], lx + ly)))
    }

    /// The code units of flat strings `parts`, `len` in all, in one shared buffer made at its
    /// final size: one allocation, where a vector converted to `Rc<[u16]>` was allocated and
    /// copied twice.
    fn joined_units(&self, parts: &[StrId], len: usize) -> Rc<[u16]> {
        let mut units: Rc<[u16]> = std::iter::repeat_n(0, len).collect();
        if let Some(buf) = Rc::get_mut(&mut units) {
            let mut at = 0;
            for &p in parts {
                let piece = self.heap.str(p);
                buf[at..at + piece.len()].copy_from_slice(piece);
                at += piece.len();
            }
        }
        units
    }

    /// `ConcatStrings`: the string-concatenation of the `count` registers from absolute
    /// index `first`. Out of the interpreter's loop, whose code layout it would move.
    #[inline(never)]
    pub(crate) fn concat_registers(&mut self, first: usize, count: usize) -> JsResult<Value> {
        let mut parts = smallvec::SmallVec::<[StrId; 8]>::new();
        for i in first..first + count {
            // Each part is a String already (a constant or a conversion's result):
            // `to_string` returns it as it is.
            let v = self.regs.at(i).get();
            parts.push(self.to_string(v)?);
        }
        self.concat_string_list(&parts)
    }

    /// The string-concatenation of `parts`, as a template literal's evaluation makes it
    /// (ECMA-262 §13.2.8.6; every part a String already). A result shorter than a rope is
    /// made in one buffer at its final size, where `+` made one string per part; a longer
    /// one is built pair by pair as `+` builds it (ropes), so that `` s = `${s}${c}` `` in a
    /// loop stays linear. Longer flat results (up to 256 units) were tried: no fewer
    /// instructions on marked-render, and Splay's peak RSS 204 → 251 MB (its payload strings,
    /// never read, as flat buffers beside freed number strings).
    pub fn concat_string_list(&mut self, parts: &[StrId]) -> JsResult<Value> {
        let total: usize = parts.iter().map(|&p| self.heap.str_len(p)).sum();
        // (A part shorter than a rope may still be one, a bound function's name: `str`
        // flattens it, a copy of fewer than 32 units.)
        if total < MIN_ROPE_LEN {
            let units = self.joined_units(parts, total);
            return Ok(Value::String(self.heap.alloc_string_rc(units)));
        }
        let Some((&first, rest)) = parts.split_first() else {
            return Ok(Value::String(self.names.empty));
        };
        let mut acc = first;
        for &p in rest {
            acc = self.concat_strings(acc, p)?;
        }
        Ok(Value::String(acc))
    }

    /// GetValue on a property reference whose base may be a primitive.
    pub fn get_value_prop(&mut self, base: Value, key: PropertyKey) -> JsResult<Value> {
        match base {
            Value::Object(o) => self.get(o, key, base),
            Value::String(s) => {
                if key == PropertyKey::String(self.names.length) {
                    return Ok(Value::Number(self.heap.str(s).len() as f64));
                }
                if let PropertyKey::Index(i) = key
                    && (i as usize) < self.heap.str(s).len()
                {
                    return Ok(self.string_char(s, i as usize));
                }
                let proto = self.current_realm().intrinsics.string_prototype;
                self.get(proto, key, base)
            }
            Value::Undefined | Value::Null | Value::Empty | Value::Env(_) => {
                let k = self.key_display(key);
                let what = if base == Value::Null { "null" } else { "undefined" };
                Err(self.type_error(&format!("Cannot read properties of {what} (reading '{k}')")))
            }
            _ => match self.primitive_prototype(base) {
                Some(proto) => self.get(proto, key, base),
                None => Ok(Value::Undefined),
            },
        }
    }

    /// PutValue on a property reference.
    pub fn put_value_prop(&mut self, base: Value, key: PropertyKey, v: Value, strict: bool) -> JsResult<()> {
        match base {
            Value::Object(o) => {
                let ok = self.set(o, key, v, base)?;
                if !ok && strict {
                    let k = self.key_display(key);
                    return Err(self.type_error(&format!("Cannot assign to read only property '{k}' of object")));
                }
                Ok(())
            }
            Value::Undefined | Value::Null | Value::Empty | Value::Env(_) => {
                let k = self.key_display(key);
                let what = if base == Value::Null { "null" } else { "undefined" };
                Err(self.type_error(&format!("Cannot set properties of {what} (setting '{k}')")))
            }
            _ => {
                let o = self.to_object(base)?;
                let ok = self.set(o, key, v, base)?;
                if !ok && strict {
                    let k = self.key_display(key);
                    return Err(self.type_error(&format!("Cannot create property '{k}' on primitive")));
                }
                Ok(())
            }
        }
    }

    /// `o[n]` without the property machinery when `o` stores element `n` itself: a dense
    /// element of an ordinary object or array, or a typed array element (see
    /// `view_fast_get`); `None` leaves the read to `get_elem_slow`.
    #[inline(always)]
    pub(crate) fn element_fast_get(&self, o: ObjId, n: f64) -> Option<Value> {
        let obj = self.obj(o);
        match &obj.kind {
            ObjectKind::TypedArray(t) => self.view_fast_get(t, n),
            ObjectKind::Arguments(Some(_)) => None,
            _ => self.dense_element(o, n).map(Packed::get),
        }
    }

    /// [`element_fast_get`](Self::element_fast_get) with the value as stored (packed).
    #[inline]
    pub(crate) fn element_fast_get_packed(&self, o: ObjId, n: f64) -> Option<Packed> {
        match &self.obj(o).kind {
            ObjectKind::TypedArray(t) => self.view_fast_get(t, n).map(Packed::new),
            ObjectKind::Arguments(Some(_)) => None,
            _ => self.dense_element(o, n),
        }
    }

    /// Element `n` of `o`'s dense storage as stored, when present there (not a hole). Typed
    /// arrays and mapped arguments keep their elements elsewhere: callers exclude them.
    #[inline(always)]
    pub(crate) fn dense_element(&self, o: ObjId, n: f64) -> Option<Packed> {
        let i = n as u32;
        match self.obj(o).elements.get(i as usize) {
            Some(&v) if v != Packed::EMPTY && i as f64 == n => Some(v),
            _ => None,
        }
    }

    /// `o[n] = v` finished without [[Set]] (ECMA-262 §10.1.9.2 OrdinarySetWithOwnDescriptor
    /// with `o` as the receiver) where the outcome is certain: an element present in the
    /// dense storage is replaced (`write_present_element`); an index right after the last
    /// element is a new property when `o` is an ordinary object, an array or unmapped
    /// arguments, is extensible, has no such key elsewhere and its prototypes have no index
    /// keys at all (so no setter or read-only element is inherited), and an array whose
    /// `length` it reaches has that `length` writable (§10.4.2.1 step 2). Typed arrays,
    /// mapped arguments and string wrappers answer indices themselves and take the full path.
    pub(crate) fn element_fast_set(&mut self, o: ObjId, n: f64, v: Value) -> bool {
        let i = n as u32;
        if i as f64 != n || i == u32::MAX {
            return false;
        }
        if self.write_present_element(o, i, v) {
            return true;
        }
        let obj = self.heap.obj_mut(o);
        if i as usize != obj.elements.len()
            || !obj.extensible
            || obj.props.has_index_keys()
            || !matches!(obj.kind, ObjectKind::Ordinary | ObjectKind::Array { .. } | ObjectKind::Arguments(None))
            || matches!(obj.kind, ObjectKind::Array { length, length_writable: false } if i >= length)
        {
            return false;
        }
        let mut proto = obj.proto();
        while let Some(p) = proto {
            let po = self.heap.obj(p);
            if !po.elements.is_empty()
                || po.props.has_index_keys()
                || !matches!(po.kind, ObjectKind::Ordinary | ObjectKind::Array { .. })
            {
                return false;
            }
            proto = po.proto();
        }
        let obj = self.heap.obj_mut(o);
        if let ObjectKind::Array { length, .. } = &mut obj.kind
            && i >= *length
        {
            *length = i + 1;
        }
        let capacity = obj.elements.capacity();
        obj.elements.push(Packed::new(v));
        let grown = (obj.elements.capacity() - capacity) * std::mem::size_of::<Packed>();
        self.heap.charge(grown);
        true
    }

    pub fn get_elem(&mut self, base: Value, key: Value) -> JsResult<Value> {
        if let (Value::Object(o), Value::Number(n)) = (base, key)
            && let Some(v) = self.element_fast_get(o, n)
        {
            return Ok(v);
        }
        self.get_elem_slow(base, key)
    }

    /// `get_elem` once `element_fast_get` has declined (the interpreter tries that first).
    pub(crate) fn get_elem_slow(&mut self, base: Value, key: Value) -> JsResult<Value> {
        // A typed array element by Number key: ToString then CanonicalNumericIndexString
        // gives back the number itself (with -0 read as "0").
        if let (Value::Object(o), Value::Number(n)) = (base, key)
            && matches!(self.obj(o).kind, ObjectKind::TypedArray(_))
        {
            return Ok(self.typed_array_get_element(o, n + 0.0));
        }
        if base.is_nullish() {
            // RequireObjectCoercible happens before the key is converted.
            return Err(self.nullish_access_error(base, key, "read", "reading"));
        }
        let k = self.to_property_key(key)?;
        self.get_value_prop(base, k)
    }

    fn nullish_access_error(&mut self, base: Value, key: Value, verb: &str, ing: &str) -> Value {
        let what = if base == Value::Null { "null" } else { "undefined" };
        let k = match key {
            Value::String(s) => self.rust_string(s),
            Value::Number(n) => crate::value::number::number_to_string(n),
            Value::Symbol(s) => crate::builtins::symbol::descriptive_string(self, s),
            _ => String::new(),
        };
        let verb = if verb == "read" { "read" } else { "set" };
        self.type_error(&format!("Cannot {verb} properties of {what} ({ing} '{k}')"))
    }

    pub fn set_elem(&mut self, base: Value, key: Value, v: Value, strict: bool) -> JsResult<()> {
        if let (Value::Object(o), Value::Number(n), Value::Number(x)) = (base, key, v)
            && self.typed_array_fast_set(o, n, x)
        {
            return Ok(());
        }
        self.set_elem_slow(base, key, v, strict)
    }

    /// `set_elem` once `typed_array_fast_set` has declined (the interpreter tries that first).
    pub(crate) fn set_elem_slow(&mut self, base: Value, key: Value, v: Value, strict: bool) -> JsResult<()> {
        if base.is_nullish() {
            return Err(self.nullish_access_error(base, key, "set", "setting"));
        }
        // A typed array's own element ([[Set]] with the typed array as receiver, §10.4.5.5).
        if let (Value::Object(o), Value::Number(n)) = (base, key)
            && matches!(self.obj(o).kind, ObjectKind::TypedArray(_))
        {
            return self.typed_array_set_element(o, n + 0.0, v);
        }
        let k = self.to_property_key(key)?;
        self.put_value_prop(base, k, v, strict)
    }

    /// A new array from values (ArrayCreate + CreateDataProperty for each).
    pub fn new_array(&mut self, items: Vec<Value>) -> ObjId {
        self.array_with(items.into_iter().map(Packed::new).collect(), PropertyMap::default())
    }

    /// An array of the current realm with `elements` (its length theirs) and the named own
    /// properties `props` from the start (charged with the object).
    #[inline]
    pub(crate) fn array_with(&mut self, elements: thin_vec::ThinVec<Packed>, props: PropertyMap) -> ObjId {
        let proto = self.current_realm().intrinsics.array_prototype;
        let length = elements.len() as u32;
        let kind = ObjectKind::Array { length, length_writable: true };
        self.heap.alloc_object(Object::with_parts(Some(proto), kind, props, elements))
    }

    /// An empty array with room for `capacity` elements, for a literal that will push them
    /// (`ArrayPush`): the element vector is allocated, and charged, once.
    pub fn new_array_with_capacity(&mut self, capacity: usize) -> ObjId {
        self.array_with(thin_vec::ThinVec::with_capacity(capacity), PropertyMap::default())
    }

    /// Appends to an array being built by a literal. Only a push that reallocates the
    /// element vector charges the heap, for the capacity it added.
    pub fn array_push_internal(&mut self, a: ObjId, v: Value) {
        let obj = self.obj_mut(a);
        if let ObjectKind::Array { length, .. } = &mut obj.kind {
            let i = *length as usize;
            *length += 1;
            if obj.elements.len() == i {
                let before = obj.elements.capacity();
                obj.elements.push(Packed::new(v));
                let grown = obj.elements.capacity() - before;
                if grown != 0 {
                    self.heap.charge(grown * std::mem::size_of::<Packed>());
                }
                return;
            }
            let _ = self.create_data_property(a, PropertyKey::Index(i as u32), v);
        }
    }

    /// The element values of an internal argument array.
    pub fn array_values(&mut self, a: Value) -> Vec<Value> {
        let Value::Object(o) = a else {
            return Vec::new();
        };
        let len = match self.obj(o).kind {
            ObjectKind::Array { length, .. } => length as usize,
            _ => 0,
        };
        (0..len)
            .map(|i| {
                let v = self.obj(o).elements.get(i).map_or(Value::Undefined, |v| v.get());
                if v == Value::Empty { Value::Undefined } else { v }
            })
            .collect()
    }

    /// GetIterator(obj, sync) (ECMA-262 §7.4.3): returns (iterator, next method).
    pub fn get_iterator(&mut self, v: Value) -> JsResult<(Value, Value)> {
        let m = self.get_value_prop(v, PropertyKey::Symbol(self.sym.iterator))?;
        if !self.is_callable(m) {
            let message = self.not_iterable_message(v);
            return Err(self.type_error(&message));
        }
        self.get_iterator_from_method(v, m, "Symbol.iterator")
    }

    /// GetIteratorFromMethod (ECMA-262 §7.4.2): (iterator, next method) from calling
    /// `method` (named `what` in the TypeError) on `v`.
    pub fn get_iterator_from_method(&mut self, v: Value, method: Value, what: &str) -> JsResult<(Value, Value)> {
        let it = self.call(method, v, &[])?;
        if !it.is_object() {
            return Err(self.type_error(&format!("Result of the {what} method is not an object")));
        }
        let next = self.get_value_prop(it, PropertyKey::String(self.names.next))?;
        Ok((it, next))
    }

    /// The check every iterator step makes on a result: it must be an object.
    pub(crate) fn iter_result_object(&mut self, r: Value) -> JsResult<ObjId> {
        match r {
            Value::Object(o) => Ok(o),
            _ => {
                let d = self.describe(r);
                Err(self.type_error(&format!("Iterator result {d} is not an object")))
            }
        }
    }

    /// `result.done` (IteratorComplete's Get, ECMA-262 §7.4.8). A result made by
    /// CreateIterResultObject that still has the shape it was made with is read by slot: a
    /// `yield*` chain reads every value's result once per level.
    pub(crate) fn iter_result_done(&mut self, result: ObjId) -> JsResult<Value> {
        match self.iter_result_slot(result, crate::builtins::iterator::ITER_RESULT_DONE_SLOT) {
            Some(v) => Ok(v),
            None => self.get(result, PropertyKey::String(self.names.done), Value::Object(result)),
        }
    }

    /// `result.value` (IteratorValue's Get, ECMA-262 §7.4.9), read as `iter_result_done` reads.
    pub(crate) fn iter_result_value(&mut self, result: ObjId) -> JsResult<Value> {
        match self.iter_result_slot(result, crate::builtins::iterator::ITER_RESULT_VALUE_SLOT) {
            Some(v) => Ok(v),
            None => self.get(result, PropertyKey::String(self.names.value), Value::Object(result)),
        }
    }

    /// Slot `slot` of an object with the iterator-result shape (own data properties, so the
    /// [[Get]] would find exactly this value).
    #[inline]
    pub(super) fn iter_result_slot(&self, o: ObjId, slot: u32) -> Option<Value> {
        let shape = self.iter_result_shape.as_ref()?.id();
        let props = &self.obj(o).props;
        (props.shape_id() == shape).then(|| props.value_at(slot))
    }

    /// IteratorComplete on a result that must be an object: Some(result) while not done.
    fn iter_result_step(&mut self, r: Value) -> JsResult<Option<ObjId>> {
        let ro = self.iter_result_object(r)?;
        let done = self.iter_result_done(ro)?;
        Ok(if self.to_boolean(done) { None } else { Some(ro) })
    }

    /// GetIterator(v, async) (ECMA-262 §7.4.3): `v[Symbol.asyncIterator]()`, or, without
    /// one, `v[Symbol.iterator]()` wrapped by CreateAsyncFromSyncIterator.
    pub fn get_async_iterator(&mut self, v: Value) -> JsResult<(Value, Value)> {
        let m = self.get_value_prop(v, PropertyKey::Symbol(self.sym.async_iterator))?;
        if m.is_nullish() {
            let (it, next) = self.get_iterator(v)?;
            return Ok(crate::builtins::async_from_sync_iterator::create_async_from_sync_iterator(self, it, next));
        }
        if !self.is_callable(m) {
            let d = self.describe(v);
            return Err(self.type_error(&format!("{d} is not async iterable")));
        }
        self.get_iterator_from_method(v, m, "Symbol.asyncIterator")
    }

    /// The checks of a `for await` step on the awaited result of next(): Some(value), or
    /// None when done (ECMA-262 §14.7.5.7 ForIn/OfBodyEvaluation steps 6.c–6.f).
    pub fn async_iter_step(&mut self, r: Value) -> JsResult<Option<Value>> {
        match self.iter_result_step(r)? {
            Some(ro) => self.get(ro, PropertyKey::String(self.names.value), r).map(Some),
            None => Ok(None),
        }
    }

    /// IteratorStep (ECMA-262 §7.4.7): the result object, or None when done.
    pub fn iterator_step(&mut self, it: Value, next: Value) -> JsResult<Option<ObjId>> {
        let r = self.call(next, it, &[])?;
        self.iter_result_step(r)
    }

    /// IteratorStepValue (ECMA-262 §7.4.8): Some(value) or None when done.
    pub fn iterator_step_value(&mut self, it: Value, next: Value) -> JsResult<Option<Value>> {
        // An array iterator with the running realm's built-in `next`: the step itself,
        // without the call and the result object (which nothing else can see).
        if let (Value::Object(io), Value::Object(no)) = (it, next)
            && matches!(self.obj(io).kind, ObjectKind::ArrayIterator { .. })
            && crate::builtins::iterator::is_array_iterator_next(self, no)
        {
            return crate::builtins::iterator::array_iterator_step(self, io);
        }
        match self.iterator_step(it, next)? {
            Some(ro) => Ok(Some(self.iter_result_value(ro)?)),
            None => Ok(None),
        }
    }

    /// IteratorToList (ECMA-262 §7.4.12). The values stay rooted while the iterator runs.
    pub fn iterator_to_list(&mut self, it: Value, next: Value) -> JsResult<Vec<Value>> {
        let mark = self.roots.len();
        self.root(it);
        self.root(next);
        let start = self.roots.len();
        let r = loop {
            match self.iterator_step_value(it, next) {
                Ok(Some(v)) => self.root(v),
                Ok(None) => break Ok(self.roots[start..].to_vec()),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(mark);
        r
    }

    /// IteratorClose(it, ThrowCompletion(err)): calls `return`, ignores what it does, and
    /// gives back `err` to throw (unless the engine is terminating).
    pub fn iterator_close_on_throw(&mut self, it: Value, err: Value) -> Value {
        // `return()` runs script code: keep the pending exception alive meanwhile.
        let mark = self.roots.len();
        self.roots.push(err);
        self.roots.push(it);
        let _ = self.iterator_close(it);
        self.roots.truncate(mark);
        if self.terminating.is_some() { Value::Undefined } else { err }
    }

    /// GetMethod (ECMA-262 §7.3.11) by string name: undefined or a callable, else TypeError.
    pub fn get_method(&mut self, v: Value, name: StrId) -> JsResult<Value> {
        self.get_method_key(v, PropertyKey::String(name))
    }

    /// GetMethod (ECMA-262 §7.3.11): undefined or a callable, else TypeError.
    pub fn get_method_key(&mut self, v: Value, key: PropertyKey) -> JsResult<Value> {
        let m = self.get_value_prop(v, key)?;
        if m.is_nullish() {
            return Ok(Value::Undefined);
        }
        if !self.is_callable(m) {
            let n = match key {
                PropertyKey::String(s) => format!(".{}", self.rust_string(s)),
                PropertyKey::Symbol(s) => {
                    let d = self.heap.sym(s).description.map(|d| self.rust_string(d)).unwrap_or_default();
                    format!("[{d}]")
                }
                PropertyKey::Index(i) => format!("[{i}]"),
            };
            return Err(self.type_error(&format!("iterator{n} is not a function")));
        }
        Ok(m)
    }

    /// IteratorClose for a normal completion (ECMA-262 §7.4.11).
    pub fn iterator_close(&mut self, it: Value) -> JsResult<()> {
        let Value::Object(o) = it else { return Ok(()) };
        let ret = self.get(o, PropertyKey::String(self.names.return_), it)?;
        if ret.is_nullish() {
            return Ok(());
        }
        let r = self.call(ret, it, &[])?;
        if !r.is_object() {
            return Err(self.type_error("iterator.return() did not return an object"));
        }
        Ok(())
    }

    /// Collects all values of an iterable.
    pub fn iterate_to_vec(&mut self, v: Value) -> JsResult<Vec<Value>> {
        // Fast path: plain arrays with the original iterator.
        if let Value::Object(o) = v
            && self.is_pristine_array(o)
        {
            return Ok(self.array_values(v));
        }
        let (it, next) = self.get_iterator(v)?;
        let mark = self.roots.len();
        self.root(it);
        self.root(next);
        let mut out = Vec::new();
        loop {
            match self.iterator_step_value(it, next) {
                Ok(Some(x)) => {
                    self.root(x);
                    out.push(x)
                }
                Ok(None) => break,
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        self.roots.truncate(mark);
        Ok(out)
    }

    /// An array whose iteration cannot be observed (own elements, unmodified iterator).
    fn is_pristine_array(&self, o: ObjId) -> bool {
        let obj = self.obj(o);
        let intr = &self.current_realm().intrinsics;
        let ObjectKind::Array { length, .. } = obj.kind else {
            return false;
        };
        if obj.proto() != Some(intr.array_prototype) || obj.elements.len() != length as usize {
            return false;
        }
        if obj.elements.contains(&Packed::EMPTY) || obj.props.get(PropertyKey::Symbol(self.sym.iterator)).is_some() {
            return false;
        }
        let ap = self.obj(intr.array_prototype);
        matches!(ap.props.get(PropertyKey::Symbol(self.sym.iterator)), Some(Property { slot: Slot::Data(Value::Object(f)), .. }) if f == intr.array_values)
            && self.array_iterator_pristine()
    }

    fn array_iterator_pristine(&self) -> bool {
        let intr = &self.current_realm().intrinsics;
        matches!(self.obj(intr.array_iterator_prototype).props.get(PropertyKey::String(self.names.next)),
            Some(Property { slot: Slot::Data(Value::Object(f)), .. }) if f == intr.array_iterator_next)
    }

    /// ForIn/OfHeadEvaluation for-in: snapshot state object.
    pub fn for_in_prepare(&mut self, v: Value) -> JsResult<Value> {
        let proto = self.current_realm().intrinsics.object_prototype;
        if v.is_nullish() {
            let st = ForInState { object: Value::Undefined, keys: Vec::new(), pos: 0, visited: Vec::new() };
            return Ok(Value::Object(
                self.heap.alloc_object(Object::new(Some(proto), ObjectKind::ForIn(Box::new(st)))),
            ));
        }
        let o = self.to_object(v)?;
        let keys = self.own_property_keys(o)?;
        let keys = keys.into_iter().filter(|k| !matches!(k, PropertyKey::Symbol(_))).collect();
        let st = ForInState { object: Value::Object(o), keys, pos: 0, visited: Vec::new() };
        Ok(Value::Object(self.heap.alloc_object(Object::new(Some(proto), ObjectKind::ForIn(Box::new(st))))))
    }

    /// Next key of a for-in enumeration (ECMA-262 §14.7.5.10 %ForInIteratorPrototype%.next).
    pub fn for_in_next(&mut self, st: Value) -> JsResult<Option<Value>> {
        let Value::Object(so) = st else {
            return Ok(None);
        };
        loop {
            let (obj, key) = {
                let ObjectKind::ForIn(s) = &mut self.obj_mut(so).kind else {
                    return Ok(None);
                };
                let Value::Object(obj) = s.object else {
                    return Ok(None);
                };
                if s.pos < s.keys.len() {
                    let k = s.keys[s.pos];
                    s.pos += 1;
                    (obj, Some(k))
                } else {
                    (obj, None)
                }
            };
            match key {
                Some(k) => {
                    let visited = match &self.obj(so).kind {
                        ObjectKind::ForIn(s) => s.visited.contains(&k),
                        _ => false,
                    };
                    if visited {
                        continue;
                    }
                    if let ObjectKind::ForIn(s) = &mut self.obj_mut(so).kind {
                        s.visited.push(k);
                    }
                    let desc = self.get_own_property(obj, k)?;
                    match desc {
                        Some(d) if d.enumerable == Some(true) => {
                            return Ok(Some(self.key_to_value(k)));
                        }
                        _ => continue,
                    }
                }
                None => {
                    let proto = self.get_prototype_of(obj)?;
                    match proto {
                        None => {
                            if let ObjectKind::ForIn(s) = &mut self.obj_mut(so).kind {
                                s.object = Value::Undefined;
                            }
                            return Ok(None);
                        }
                        Some(p) => {
                            let keys = self.own_property_keys(p)?;
                            if let ObjectKind::ForIn(s) = &mut self.obj_mut(so).kind {
                                s.object = Value::Object(p);
                                s.keys = keys.into_iter().filter(|k| !matches!(k, PropertyKey::Symbol(_))).collect();
                                s.pos = 0;
                            }
                        }
                    }
                }
            }
        }
    }

    /// CopyDataProperties (ECMA-262 §7.3.25)
    pub fn copy_data_properties(&mut self, target: ObjId, src: Value, excluded: &[PropertyKey]) -> JsResult<()> {
        if src.is_nullish() {
            return Ok(());
        }
        let from = self.to_object(src)?;
        self.root(Value::Object(from));
        let keys = self.own_property_keys(from)?;
        for k in keys {
            if excluded.contains(&k) {
                continue;
            }
            if let Some(d) = self.get_own_property(from, k)?
                && d.enumerable == Some(true)
            {
                let v = self.get(from, k, Value::Object(from))?;
                self.create_data_property_or_throw(target, k, v)?;
            }
        }
        self.roots.pop();
        Ok(())
    }

    // Private names (ECMA-262 §7.3.27-31): stored as private-symbol keyed properties.

    pub fn private_get(&mut self, o: Value, name: Value) -> JsResult<Value> {
        let Value::Symbol(s) = name else { unreachable!() };
        let Value::Object(obj) = o else {
            return Err(self.private_missing(s, "read"));
        };
        match self.obj(obj).props.get(PropertyKey::Symbol(s)) {
            None => Err(self.private_missing(s, "read")),
            Some(p) => match p.slot {
                Slot::Data(v) => Ok(v),
                Slot::Accessor(g, _) => {
                    if g.is_undefined() {
                        let n = self.private_desc(s);
                        return Err(self.type_error(&format!("'{n}' was defined without a getter")));
                    }
                    self.call(g, o, &[])
                }
            },
        }
    }

    pub fn private_set(&mut self, o: Value, name: Value, v: Value) -> JsResult<()> {
        let Value::Symbol(s) = name else { unreachable!() };
        let Value::Object(obj) = o else {
            return Err(self.private_missing(s, "write"));
        };
        match self.obj(obj).props.get(PropertyKey::Symbol(s)) {
            None => Err(self.private_missing(s, "write")),
            Some(p) => match p.slot {
                Slot::Data(_) => {
                    if !p.writable() {
                        let n = self.private_desc(s);
                        return Err(self.type_error(&format!("Private method '{n}' is not writable")));
                    }
                    self.obj_mut(obj)
                        .props
                        .insert(PropertyKey::Symbol(s), Property { slot: Slot::Data(v), attrs: p.attrs });
                    Ok(())
                }
                Slot::Accessor(_, st) => {
                    if st.is_undefined() {
                        let n = self.private_desc(s);
                        return Err(self.type_error(&format!("'{n}' was defined without a setter")));
                    }
                    self.call(st, o, &[v])?;
                    Ok(())
                }
            },
        }
    }

    /// PrivateFieldAdd / PrivateMethodOrAccessorAdd (kind: 0 field, 1 method, 2 getter, 3 setter).
    pub fn private_define(&mut self, o: Value, name: Value, v: Value, kind: u8) -> JsResult<()> {
        let Value::Symbol(s) = name else { unreachable!() };
        let Value::Object(obj) = o else {
            return Err(self.type_error("private field on non-object"));
        };
        let key = PropertyKey::Symbol(s);
        // A field (kind 0) added where instances of its class always add it: the shape's
        // transition proves the key absent (ECMA-262 §7.3.31 PrivateFieldAdd step 2's check).
        if kind == 0
            && let Some(grown) = self.heap.obj_mut(obj).props.push_by_transition(key, WRITABLE, v)
        {
            self.heap.charge(grown);
            return Ok(());
        }
        let existing = self.obj(obj).props.get(key);
        let prop = match (kind, existing) {
            (2, Some(Property { slot: Slot::Accessor(Value::Undefined, st), .. })) => {
                Property { slot: Slot::Accessor(v, st), attrs: 0 }
            }
            (3, Some(Property { slot: Slot::Accessor(g, Value::Undefined), .. })) => {
                Property { slot: Slot::Accessor(g, v), attrs: 0 }
            }
            (_, Some(_)) => {
                let n = self.private_desc(s);
                return Err(self.type_error(&format!("Cannot initialize {n} twice on the same object")));
            }
            (0, None) => Property::data(v, WRITABLE),
            (1, None) => Property::data(v, 0),
            (2, None) => Property { slot: Slot::Accessor(v, Value::Undefined), attrs: 0 },
            (_, None) => Property { slot: Slot::Accessor(Value::Undefined, v), attrs: 0 },
        };
        if existing.is_none() && !self.obj(obj).extensible && kind == 0 {
            // Private fields can be added to non-extensible objects (spec allows); keep going.
        }
        self.charging_growth(obj, |vm| vm.obj_mut(obj).props.insert(key, prop));
        Ok(())
    }

    fn private_desc(&self, s: crate::value::SymId) -> String {
        self.heap.sym(s).description.map(|d| self.rust_string(d)).unwrap_or_default()
    }

    fn private_missing(&mut self, s: crate::value::SymId, what: &str) -> Value {
        let n = self.private_desc(s);
        self.type_error(&format!("Cannot {what} private member {n} from an object whose class did not declare it"))
    }

    /// GetTemplateObject (ECMA-262 §13.2.8.4), cached per site.
    pub fn template_object(&mut self, code: &Code, site: u32) -> JsResult<Value> {
        let key = (code.id, site);
        if let Some(&o) = self.template_cache.get(&key) {
            return Ok(Value::Object(o));
        }
        let (cooked, raw) = code.template(site as usize);
        let cooked_vals: Vec<Value> = cooked
            .iter()
            .map(|c| match c {
                Some(units) => self.string_from_slice(units),
                None => Value::Undefined,
            })
            .collect();
        let raw_vals: Vec<Value> =
            raw.iter().map(|s| self.string(&s.replace("\r\n", "\n").replace('\r', "\n"))).collect();
        let raw_arr = self.new_array(raw_vals);
        let arr = self.new_array(cooked_vals);
        self.define_direct(arr, PropertyKey::String(self.names.raw), Value::Object(raw_arr), 0);
        for a in [raw_arr, arr] {
            // SetIntegrityLevel frozen.
            let n = self.obj(a).elements.len();
            let vals: Vec<Value> = self.obj(a).elements.iter().map(|v| v.get()).collect();
            self.obj_mut(a).elements.clear();
            for (i, v) in vals.into_iter().enumerate().take(n) {
                self.store_property(a, PropertyKey::Index(i as u32), Property::data(v, ENUMERABLE));
            }
            if let ObjectKind::Array { length_writable, .. } = &mut self.obj_mut(a).kind {
                *length_writable = false;
            }
            self.obj_mut(a).extensible = false;
        }
        self.template_cache.insert(key, arr);
        Ok(Value::Object(arr))
    }

    /// RegExp literal evaluation (RegExpCreate).
    pub fn new_regexp(&mut self, pattern: Value, flags: Value) -> JsResult<Value> {
        match self.current_realm().intrinsics.regexp {
            // RegExpCreate with the realm's %RegExp%, not a [[Construct]] through a call
            // (which would drop the temporary roots the built-in pushes: done here).
            Some(_) => {
                let mark = self.roots.len();
                let created = crate::builtins::regexp::regexp_create(self, pattern, flags);
                self.roots.truncate(mark);
                created
            }
            None => Err(self.syntax_error("Regular expressions are not supported yet")),
        }
    }
}

/// Maximum string length in UTF-16 units (as V8: 2^29 - 24).
pub const MAX_STRING_LEN: usize = (1 << 29) - 24;
/// Concatenations at least this long become ropes instead of copies.
pub const MIN_ROPE_LEN: usize = 32;

/// Number::remainder (ECMA-262 §6.1.6.1.6) by an integer constant (`x % 1000003`,
/// `i % 2`): a positive integer dividend and a positive divisor take the integer
/// instruction inline; everything else (zeros keep the dividend's sign) goes the long way.
#[inline(always)]
pub fn rem_by_int(x: f64, y: i32) -> f64 {
    let xi = x as i32;
    if xi > 0 && y > 0 && xi as f64 == x {
        return (xi % y) as f64;
    }
    js_rem(x, y as f64)
}

/// Number::remainder (ECMA-262 §6.1.6.1.6), truncating like C fmod.
pub fn js_rem(x: f64, y: f64) -> f64 {
    // A positive integer dividend and a nonzero integer divisor (`i % n`, hashing) take
    // the integer instruction: the same result without fmod's library call. (A zero or
    // negative dividend goes the long way: its zero results keep the dividend's sign.)
    let (xi, yi) = (x as i32, y as i32);
    if xi > 0 && yi != 0 && xi as f64 == x && yi as f64 == y {
        return (xi % yi) as f64;
    }
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() || x == 0.0 {
        return x;
    }
    let r = match integer_divisor_rem(x.abs(), y.abs()) {
        Some(r) => r,
        None => fmod(x.abs(), y.abs()),
    };
    // The result has the dividend's sign, a zero included.
    r.copysign(x)
}

/// C fmod, behind a call: as a plain `%`, LLVM evaluates it speculatively (a floating-point
/// remainder is an instruction to it, free of side effects) even when the fast path above
/// answered, which measured 828 000 needless soft-fmod calls on decimal-math.
#[inline(never)]
#[cold]
fn fmod(x: f64, y: f64) -> f64 {
    x % y
}

/// `x % y` for finite positive `x` and a positive integer `y`, both below 2^52, without
/// fmod: the soft fmod this binary links (compiler-builtins') shifts one bit per step of the
/// exponents' difference, ~190 instructions for `t % 1e7` with `t` near 1e14 (decimal.js's
/// base-1e7 digit arithmetic makes a million such calls a run).
///
/// Exact: `n * y` is an integer below 2^53, hence exact, and a multiple of x's unit in the
/// last place (at most 1 below 2^52), as `x` is; so `x - n * y` and the one-step corrections
/// are multiples of that unit smaller in magnitude than `x`, hence exact too. `n`, from
/// the rounded quotient, may be one off; the corrections bring `r` into `[0, y)`.
fn integer_divisor_rem(x: f64, y: f64) -> Option<f64> {
    const LIMIT: f64 = (1u64 << 52) as f64;
    if !(x < LIMIT && (1.0..LIMIT).contains(&y) && y.fract() == 0.0) {
        return None;
    }
    let n = (x / y).trunc();
    let mut r = x - n * y;
    if r < 0.0 {
        r += y;
    } else if r >= y {
        r -= y;
    }
    Some(r)
}

/// Number::exponentiate (ECMA-262 §6.1.6.1.3)
pub fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return 1.0;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    x.powf(y)
}

#[allow(dead_code)]
fn int_ops(a: f64) -> (i32, u32) {
    (to_int32(a), to_uint32(a))
}

#[cfg(test)]
mod tests {
    use super::js_rem;

    /// The remainder without fmod agrees bit for bit with fmod (the reference: Rust's `%`)
    /// on integer and fractional dividends, near-integer quotients, the 2^52 limits, signs
    /// and zeros.
    #[test]
    fn remainder_by_an_integer_divisor_is_fmod() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut cases: Vec<(f64, f64)> = vec![
            (1e14 + 3.0, 1e7),
            (0.3, 7.0),
            (-4.0, 2.0),
            (-0.0, 3.0),
            (4503599627370495.5, 3.0),
            (4503599627370496.0, 3.0),
            (9007199254740991.0, 10.0),
            (6.0 - f64::EPSILON * 4.0, 3.0),
            (2.9999999999999996, 1.0),
            (123456.789, 10.0),
        ];
        for _ in 0..200_000 {
            let bits = next();
            let x = match bits % 4 {
                0 => (next() >> 11) as f64,                                  // integers below 2^53
                1 => (next() >> 11) as f64 / (1u64 << (next() % 53)) as f64, // fractions
                2 => f64::from_bits(next() >> 2),                            // any positive double
                _ => ((next() % 1000) as f64) * 3.0 - 1e-12,                 // just below multiples
            };
            let y = match next() % 3 {
                0 => (next() % 100 + 1) as f64,
                1 => (next() >> 12) as f64 + 1.0,
                _ => [1e7, 10.0, 3.0, 4503599627370495.0][(next() % 4) as usize],
            };
            let sign = if next() % 2 == 0 { 1.0 } else { -1.0 };
            cases.push((x * sign, y));
            cases.push((x * sign, -y));
        }
        for (x, y) in cases {
            let expected = if x == 0.0 { x } else { x % y };
            let got = js_rem(x, y);
            assert_eq!(got.to_bits(), expected.to_bits(), "{x:e} % {y:e}: got {got:e}, fmod {expected:e}");
        }
    }
}
