//! The JSON object (ECMA-262 §25.5): JSON.parse (with reviver) and JSON.stringify.

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::number::{number_to_string, string_to_number};
use crate::value::string::as_array_index;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// Deepest object nesting JSON.stringify serializes.
const MAX_STRINGIFY_DEPTH: usize = 10_000;

pub fn create(vm: &mut Vm) -> ObjId {
    let op = vm.intrinsics().object_prototype;
    let json = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.def_method(json, "parse", 2, parse);
    vm.def_method(json, "stringify", 3, stringify);
    vm.def_method(json, "rawJSON", 1, raw_json);
    vm.def_method(json, "isRawJSON", 1, is_raw_json);
    let tag = vm.string("JSON");
    let k = PropertyKey::Symbol(vm.sym.to_string_tag);
    vm.define_direct(json, k, tag, CONFIGURABLE);
    json
}

/// The property key for a string's code units.
fn key_of(vm: &mut Vm, units: &[u16]) -> PropertyKey {
    match as_array_index(units) {
        Some(i) => PropertyKey::Index(i),
        None => PropertyKey::String(vm.heap.intern(units)),
    }
}

// ---------------------------------------------------------------------------------------
// JSON.parse

struct Parser<'a> {
    s: &'a [u16],
    pos: usize,
    /// JSON Parse Records (json-parse-with-source), kept only when a reviver will read
    /// them; `last` is the record of the value just parsed.
    records: Option<Vec<ParseRecord>>,
    last: usize,
}

/// A JSON Parse Record: the value a piece of source text produced, where that text is,
/// and the records of an array's elements or an object's entries.
struct ParseRecord {
    value: Value,
    source: (usize, usize),
    elements: Vec<usize>,
    entries: Vec<(PropertyKey, usize)>,
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while let Some(&c) = self.s.get(self.pos) {
            if matches!(c, 0x09 | 0x0A | 0x0D | 0x20) {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn peek(&self) -> Option<u16> {
        self.s.get(self.pos).copied()
    }

    /// The SyntaxError for an unexpected token at the current position, worded as V8's
    /// JsonParser words it (Node 20): the end of the input, a number or a string where
    /// none may be, the text of a value JSON lacks (`"undefined" is not valid JSON`), or
    /// the token with the text around it (all of an input shorter than 21 units, else ten
    /// units either side).
    fn error(&self, vm: &mut Vm) -> Value {
        let pos = self.pos;
        let msg = match self.peek() {
            None => "Unexpected end of JSON input".to_string(),
            Some(c) if c == b'-' as u16 || (0x30..=0x39).contains(&c) => {
                format!("Unexpected number in JSON at position {pos}")
            }
            Some(0x22) => format!("Unexpected string in JSON at position {pos}"),
            Some(c) => {
                let text = |r: std::ops::Range<usize>| String::from_utf16_lossy(&self.s[r]);
                let ch = String::from_utf16_lossy(&[c]);
                if self.s.len() < 21 {
                    // The whole input is quoted (the texts of values JSON lacks are all short).
                    let whole = text(0..self.s.len());
                    if matches!(whole.as_str(), "undefined" | "NaN" | "Infinity" | "[object Object]") {
                        format!("\"{whole}\" is not valid JSON")
                    } else {
                        format!("Unexpected token '{ch}', \"{whole}\" is not valid JSON")
                    }
                } else {
                    let (start, end) = (pos.saturating_sub(10), (pos + 10).min(self.s.len()));
                    let before = if start > 0 { "..." } else { "" };
                    let after = if end < self.s.len() { "..." } else { "" };
                    format!("Unexpected token '{ch}', {before}\"{}\"{after} is not valid JSON", text(start..end))
                }
            }
        };
        vm.syntax_error(&msg)
    }

    /// The SyntaxError where the grammar expects something specific (V8's messages, e.g.
    /// `Expected ',' or ']' after array element in JSON at position 3`; `what` ends in "in
    /// JSON" or "after JSON").
    fn expected(&self, vm: &mut Vm, what: &str) -> Value {
        vm.syntax_error(&format!("{what} at position {}", self.pos))
    }

    fn expect_word(&mut self, vm: &mut Vm, word: &str) -> JsResult<()> {
        for b in word.bytes() {
            if self.peek() != Some(b as u16) {
                return Err(self.error(vm));
            }
            self.pos += 1;
        }
        Ok(())
    }

    fn value(&mut self, vm: &mut Vm) -> JsResult<Value> {
        stacker::maybe_grow(64 << 10, 4 << 20, || self.value_inner(vm))
    }

    fn value_inner(&mut self, vm: &mut Vm) -> JsResult<Value> {
        self.skip_ws();
        let start = self.pos;
        let v = self.value_at(vm)?;
        if let Some(records) = &mut self.records
            && !v.is_object()
        {
            records.push(ParseRecord {
                value: v,
                source: (start, self.pos),
                elements: Vec::new(),
                entries: Vec::new(),
            });
            self.last = records.len() - 1;
        }
        Ok(v)
    }

    /// Records an array's or object's parse record (its children's are recorded already).
    fn record_composite(&mut self, v: Value, elements: Vec<usize>, entries: Vec<(PropertyKey, usize)>) {
        if let Some(records) = &mut self.records {
            records.push(ParseRecord { value: v, source: (0, 0), elements, entries });
            self.last = records.len() - 1;
        }
    }

    fn value_at(&mut self, vm: &mut Vm) -> JsResult<Value> {
        match self.peek() {
            Some(0x7B) => self.object(vm),
            Some(0x5B) => self.array(vm),
            Some(0x22) => {
                let u = self.string(vm)?;
                Ok(vm.string_units(u))
            }
            Some(0x74) => {
                self.expect_word(vm, "true")?;
                Ok(Value::Bool(true))
            }
            Some(0x66) => {
                self.expect_word(vm, "false")?;
                Ok(Value::Bool(false))
            }
            Some(0x6E) => {
                self.expect_word(vm, "null")?;
                Ok(Value::Null)
            }
            Some(c) if c == b'-' as u16 || (0x30..=0x39).contains(&c) => self.number(vm),
            _ => Err(self.error(vm)),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(c) if (0x30..=0x39).contains(&c)) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self, vm: &mut Vm) -> JsResult<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-' as u16) {
            self.pos += 1;
        }
        match self.peek() {
            Some(0x30) => {
                self.pos += 1;
                // A leading zero is the whole integer part.
                if matches!(self.peek(), Some(0x30..=0x39)) {
                    return Err(self.error(vm));
                }
            }
            Some(c) if (0x31..=0x39).contains(&c) => {
                self.digits();
            }
            _ => return Err(self.expected(vm, "No number after minus sign in JSON")),
        }
        if self.peek() == Some(b'.' as u16) {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.expected(vm, "Unterminated fractional number in JSON"));
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.expected(vm, "Exponent part is missing a number in JSON"));
            }
        }
        Ok(Value::Number(string_to_number(&self.s[start..self.pos])))
    }

    fn hex4(&mut self, vm: &mut Vm) -> JsResult<u16> {
        let mut v = 0u16;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ 0x30..=0x39) => c - 0x30,
                Some(c @ 0x41..=0x46) => c - 0x41 + 10,
                Some(c @ 0x61..=0x66) => c - 0x61 + 10,
                _ => return Err(self.expected(vm, "Bad Unicode escape in JSON")),
            };
            v = v * 16 + d;
            self.pos += 1;
        }
        Ok(v)
    }

    fn string(&mut self, vm: &mut Vm) -> JsResult<Vec<u16>> {
        self.pos += 1; // opening quote
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.expected(vm, "Unterminated string in JSON"));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(out);
                }
                0x5C => {
                    self.pos += 1;
                    let e = match self.peek() {
                        Some(0x22) => 0x22,
                        Some(0x5C) => 0x5C,
                        Some(0x2F) => 0x2F,
                        Some(0x62) => 0x08,
                        Some(0x66) => 0x0C,
                        Some(0x6E) => 0x0A,
                        Some(0x72) => 0x0D,
                        Some(0x74) => 0x09,
                        Some(0x75) => {
                            self.pos += 1;
                            out.push(self.hex4(vm)?);
                            continue;
                        }
                        None => return Err(self.error(vm)),
                        _ => return Err(self.expected(vm, "Bad escaped character in JSON")),
                    };
                    out.push(e);
                    self.pos += 1;
                }
                c if c < 0x20 => return Err(self.expected(vm, "Bad control character in string literal in JSON")),
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn array(&mut self, vm: &mut Vm) -> JsResult<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        let mut elements = Vec::new();
        self.skip_ws();
        if self.peek() != Some(b']' as u16) {
            loop {
                items.push(self.value(vm)?);
                elements.push(self.last);
                self.skip_ws();
                match self.peek() {
                    Some(0x2C) => self.pos += 1,
                    Some(0x5D) => break,
                    _ => return Err(self.expected(vm, "Expected ',' or ']' after array element in JSON")),
                }
            }
        }
        self.pos += 1;
        let v = Value::Object(vm.new_array(items));
        self.record_composite(v, elements, Vec::new());
        Ok(v)
    }

    fn object(&mut self, vm: &mut Vm) -> JsResult<Value> {
        self.pos += 1;
        let proto = vm.intrinsics().object_prototype;
        let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
        let mut entries = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}' as u16) {
            self.pos += 1;
            self.record_composite(Value::Object(o), Vec::new(), entries);
            return Ok(Value::Object(o));
        }
        // V8 words the first property's expectations apart from the later ones'.
        let mut first = true;
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"' as u16) {
                let what = if first {
                    "Expected property name or '}' in JSON"
                } else {
                    "Expected double-quoted property name in JSON"
                };
                return Err(self.expected(vm, what));
            }
            let name = self.string(vm)?;
            self.skip_ws();
            if self.peek() != Some(b':' as u16) {
                return Err(if first {
                    self.expected(vm, "Expected ':' after property name in JSON")
                } else {
                    self.error(vm)
                });
            }
            first = false;
            self.pos += 1;
            let v = self.value(vm)?;
            let k = key_of(vm, &name);
            vm.define_direct(o, k, v, DEFAULT_ATTRS);
            if self.records.is_some() {
                // A duplicate key's later value is the property's, and its record too.
                entries.retain(|(key, _)| *key != k);
                entries.push((k, self.last));
            }
            self.skip_ws();
            match self.peek() {
                Some(0x2C) => self.pos += 1,
                Some(0x7D) => {
                    self.pos += 1;
                    self.record_composite(Value::Object(o), Vec::new(), entries);
                    return Ok(Value::Object(o));
                }
                _ => return Err(self.expected(vm, "Expected ',' or '}' after property value in JSON")),
            }
        }
    }
}

/// JSON.parse's steps 1-8 without a reviver (ECMA-262 §25.5.1; also ParseJSONModule).
pub fn json_parse(vm: &mut Vm, text: Value) -> JsResult<Value> {
    let s = vm.to_string(text)?;
    let units = vm.heap.str(s).to_vec();
    parse_units(vm, &units, None).map(|(v, _)| v)
}

/// ParseJSON over `units`; with `records`, also the JSON Parse Records.
fn parse_units<'a>(vm: &mut Vm, units: &'a [u16], records: Option<Vec<ParseRecord>>) -> JsResult<(Value, Parser<'a>)> {
    let mut p = Parser { s: units, pos: 0, records, last: 0 };
    let v = p.value(vm)?;
    p.skip_ws();
    if p.pos < units.len() {
        return Err(p.expected(vm, "Unexpected non-whitespace character after JSON"));
    }
    Ok((v, p))
}

/// JSON.parse ( text [ , reviver ] ) (ECMA-262 §25.5.1, with json-parse-with-source's
/// parse records for the reviver's `context.source`)
fn parse(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let reviver = arg(args, 1);
    if !vm.is_callable(reviver) {
        return json_parse(vm, arg(args, 0));
    }
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.str(s).to_vec();
    let (v, p) = parse_units(vm, &units, Some(Vec::new()))?;
    let records = p.records.unwrap_or_default();
    let top = p.last;
    // The records' values are compared with what the reviver leaves: keep them alive.
    for r in &records {
        vm.root(r.value);
    }
    vm.root(v);
    let proto = vm.intrinsics().object_prototype;
    let root = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.root(Value::Object(root));
    let empty = vm.names.empty;
    vm.define_direct(root, PropertyKey::String(empty), v, DEFAULT_ATTRS);
    let source = Source { text: &units, records: &records };
    internalize(vm, root, Value::String(empty), reviver, Some(top), &source)
}

/// The text JSON.parse read and its parse records.
struct Source<'a> {
    text: &'a [u16],
    records: &'a [ParseRecord],
}

/// InternalizeJSONProperty ( holder, name, reviver, parseRecord ) (ECMA-262 §25.5.1.1,
/// json-parse-with-source): the reviver gets a context object whose `source` is the text
/// of a primitive value, as long as the value is still the one parsed.
fn internalize(
    vm: &mut Vm,
    holder: ObjId,
    name: Value,
    reviver: Value,
    record: Option<usize>,
    source: &Source<'_>,
) -> JsResult<Value> {
    stacker::maybe_grow(64 << 10, 4 << 20, || {
        let key = vm.to_property_key(name)?;
        let val = vm.get(holder, key, Value::Object(holder))?;
        vm.root(val);
        let context = vm.new_object();
        vm.root(Value::Object(context));
        let record = record.map(|r| &source.records[r]).filter(|r| vm.same_value(r.value, val));
        if let Some(r) = record
            && !val.is_object()
        {
            let text = vm.string_from_slice(&source.text[r.source.0..r.source.1]);
            let k = vm.key_str("source");
            vm.create_data_property(context, k, text)?;
        }
        if let Value::Object(o) = val {
            let process = |vm: &mut Vm, prop: Value, child: Option<usize>| -> JsResult<()> {
                vm.root(prop);
                let new_element = internalize(vm, o, prop, reviver, child, source)?;
                let k = vm.to_property_key(prop)?;
                if new_element.is_undefined() {
                    vm.delete(o, k)?;
                } else {
                    vm.create_data_property(o, k, new_element)?;
                }
                Ok(())
            };
            if vm.is_array(val)? {
                let len = vm.length_of_array_like(o)?;
                let mut i = 0.0;
                while i < len {
                    let prop = Value::String(vm.number_string(i));
                    let child = record.and_then(|r| r.elements.get(i as usize).copied());
                    process(vm, prop, child)?;
                    i += 1.0;
                }
            } else {
                let keys = super::object::enumerable_own_properties(vm, o, 0)?;
                for &k in &keys {
                    vm.root(k);
                }
                for k in keys {
                    let pk = vm.to_property_key(k)?;
                    let child = record.and_then(|r| r.entries.iter().find(|(key, _)| *key == pk).map(|(_, c)| *c));
                    process(vm, k, child)?;
                }
            }
        }
        vm.call(reviver, Value::Object(holder), &[name, val, Value::Object(context)])
    })
}

/// JSON.rawJSON ( text ) (json-parse-with-source): a frozen null-prototype object whose
/// `rawJSON` JSON.stringify writes as is; `text` must be one JSON primitive with no
/// surrounding whitespace.
fn raw_json(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.str(s).to_vec();
    let blank = |c: Option<&u16>| matches!(c, Some(0x09 | 0x0A | 0x0D | 0x20));
    if units.is_empty() || blank(units.first()) || blank(units.last()) {
        return Err(vm.syntax_error("Invalid value for JSON.rawJSON"));
    }
    if matches!(units.first(), Some(0x5B | 0x7B)) {
        return Err(vm.syntax_error("Invalid value for JSON.rawJSON"));
    }
    parse_units(vm, &units, None)?;
    let o = vm.heap.alloc_object(Object::new(None, ObjectKind::RawJson));
    vm.root(Value::Object(o));
    let k = vm.key_str("rawJSON");
    vm.create_data_property(o, k, Value::String(s))?;
    super::object::set_integrity_level(vm, o, true)?;
    Ok(Value::Object(o))
}

/// JSON.isRawJSON ( O ) (json-parse-with-source)
fn is_raw_json(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Object(o) if matches!(vm.obj(o).kind, ObjectKind::RawJson))))
}

// ---------------------------------------------------------------------------------------
// JSON.stringify

struct Stringifier {
    replacer: Option<Value>,
    property_list: Option<Vec<Value>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    stack: Vec<ObjId>,
    out: Vec<u16>,
}

/// A property name being serialized: array indices are only turned into strings when a
/// toJSON method or replacer function needs them.
#[derive(Clone, Copy)]
enum Key {
    Index(u32),
    Value(Value),
}

impl Key {
    fn value(self, vm: &mut Vm) -> Value {
        match self {
            Key::Index(i) => Value::String(vm.number_string(i as f64)),
            Key::Value(v) => v,
        }
    }
    fn property_key(self, vm: &mut Vm) -> JsResult<PropertyKey> {
        match self {
            Key::Index(i) => Ok(PropertyKey::Index(i)),
            Key::Value(v) => vm.to_property_key(v),
        }
    }
}

/// QuoteJSONString (ECMA-262 §25.5.2.3)
fn quote(out: &mut Vec<u16>, s: &[u16]) {
    out.push(b'"' as u16);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let esc = match c {
            0x08 => Some(b'b'),
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            0x22 => Some(b'"'),
            0x5C => Some(b'\\'),
            _ => None,
        };
        if let Some(e) = esc {
            out.push(b'\\' as u16);
            out.push(e as u16);
        } else if c < 0x20 {
            out.extend(format!("\\u{c:04x}").encode_utf16());
        } else if (0xD800..0xDC00).contains(&c) && i + 1 < s.len() && (0xDC00..0xE000).contains(&s[i + 1]) {
            out.push(c);
            out.push(s[i + 1]);
            i += 1;
        } else if (0xD800..0xE000).contains(&c) {
            out.extend(format!("\\u{c:04x}").encode_utf16());
        } else {
            out.push(c);
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

impl Stringifier {
    /// SerializeJSONProperty ( state, key, holder ) (ECMA-262 §25.5.2.2): appends the
    /// serialization and returns false (appending nothing) when the result is undefined.
    fn property(&mut self, vm: &mut Vm, key: Key, holder: ObjId) -> JsResult<bool> {
        stacker::maybe_grow(64 << 10, 4 << 20, || self.property_inner(vm, key, holder))
    }

    fn property_inner(&mut self, vm: &mut Vm, key: Key, holder: ObjId) -> JsResult<bool> {
        let pk = key.property_key(vm)?;
        let mut value = vm.get(holder, pk, Value::Object(holder))?;
        vm.root(value);
        let mut key_value = None;
        if matches!(value, Value::Object(_) | Value::BigInt(_)) {
            let k = vm.key_str("toJSON");
            let to_json = vm.get_value_prop(value, k)?;
            if vm.is_callable(to_json) {
                let kv = key.value(vm);
                vm.root(kv);
                key_value = Some(kv);
                value = vm.call(to_json, value, &[kv])?;
                vm.root(value);
            }
        }
        if let Some(r) = self.replacer {
            let kv = match key_value {
                Some(kv) => kv,
                None => {
                    let kv = key.value(vm);
                    vm.root(kv);
                    kv
                }
            };
            value = vm.call(r, Value::Object(holder), &[kv, value])?;
            vm.root(value);
        }
        if let Value::Object(o) = value {
            match vm.obj(o).kind {
                ObjectKind::NumberBox(_) => value = Value::Number(vm.to_number(value)?),
                ObjectKind::StringBox(_) => value = Value::String(vm.to_string(value)?),
                ObjectKind::BooleanBox(b) => value = Value::Bool(b),
                ObjectKind::BigIntBox(b) => value = Value::BigInt(b),
                _ => {}
            }
        }
        // A raw JSON object is written as its text (json-parse-with-source).
        if let Value::Object(o) = value
            && matches!(vm.obj(o).kind, ObjectKind::RawJson)
        {
            let k = vm.key_str("rawJSON");
            let raw = vm.get(o, k, value)?;
            let raw = vm.to_string(raw)?;
            self.out.extend_from_slice(vm.heap.str(raw));
            return Ok(true);
        }
        match value {
            Value::Null => self.out.extend("null".encode_utf16()),
            Value::Bool(true) => self.out.extend("true".encode_utf16()),
            Value::Bool(false) => self.out.extend("false".encode_utf16()),
            Value::String(s) => quote(&mut self.out, vm.heap.str(s)),
            Value::Number(n) => {
                if n.is_finite() {
                    self.out.extend(number_to_string(n).encode_utf16());
                } else {
                    self.out.extend("null".encode_utf16());
                }
            }
            Value::Object(o) if !vm.is_callable(value) => {
                if vm.is_array(value)? {
                    self.array(vm, o)?;
                } else {
                    self.object(vm, o)?;
                }
            }
            Value::BigInt(_) => return Err(vm.type_error("Do not know how to serialize a BigInt")),
            _ => return Ok(false),
        }
        if self.out.len() > crate::vm::ops::MAX_STRING_LEN {
            return Err(vm.range_error("Invalid string length"));
        }
        Ok(true)
    }

    fn enter(&mut self, vm: &mut Vm, o: ObjId) -> JsResult<usize> {
        if self.stack.contains(&o) {
            return Err(vm.type_error("Converting circular structure to JSON"));
        }
        // toJSON or a replacer can nest fresh objects forever: bound the depth as V8's
        // stack does, instead of growing the Rust stack until memory runs out.
        if self.stack.len() >= MAX_STRINGIFY_DEPTH {
            return Err(vm.range_error("Maximum call stack size exceeded"));
        }
        self.stack.push(o);
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap);
        Ok(stepback)
    }

    fn newline_indent(&mut self, len: usize) {
        self.out.push(b'\n' as u16);
        self.out.extend_from_slice(&self.indent[..len]);
    }

    /// SerializeJSONObject ( state, value ) (ECMA-262 §25.5.2.5)
    fn object(&mut self, vm: &mut Vm, o: ObjId) -> JsResult<()> {
        let stepback = self.enter(vm, o)?;
        let keys = match &self.property_list {
            Some(l) => l.clone(),
            None => {
                let k = super::object::enumerable_own_properties(vm, o, 0)?;
                for &x in &k {
                    vm.root(x);
                }
                k
            }
        };
        self.out.push(b'{' as u16);
        let mut any = false;
        for p in keys {
            let mark = self.out.len();
            if any {
                self.out.push(b',' as u16);
            }
            if !self.gap.is_empty() {
                self.newline_indent(self.indent.len());
            }
            let Value::String(ps) = p else { unreachable!("property names are strings") };
            quote(&mut self.out, vm.heap.str(ps));
            self.out.push(b':' as u16);
            if !self.gap.is_empty() {
                self.out.push(b' ' as u16);
            }
            if self.property(vm, Key::Value(p), o)? {
                any = true;
            } else {
                self.out.truncate(mark);
            }
        }
        if any && !self.gap.is_empty() {
            self.newline_indent(stepback);
        }
        self.out.push(b'}' as u16);
        self.stack.pop();
        self.indent.truncate(stepback);
        Ok(())
    }

    /// SerializeJSONArray ( state, value ) (ECMA-262 §25.5.2.6)
    fn array(&mut self, vm: &mut Vm, o: ObjId) -> JsResult<()> {
        let stepback = self.enter(vm, o)?;
        let len = vm.length_of_array_like(o)?;
        if len > u32::MAX as f64 {
            return Err(vm.range_error("Invalid array length"));
        }
        self.out.push(b'[' as u16);
        let len = len as u32;
        for i in 0..len {
            if i > 0 {
                self.out.push(b',' as u16);
            }
            if !self.gap.is_empty() {
                self.newline_indent(self.indent.len());
            }
            if !self.property(vm, Key::Index(i), o)? {
                self.out.extend("null".encode_utf16());
            }
        }
        if len > 0 && !self.gap.is_empty() {
            self.newline_indent(stepback);
        }
        self.out.push(b']' as u16);
        self.stack.pop();
        self.indent.truncate(stepback);
        Ok(())
    }
}

/// JSON.stringify ( value [ , replacer [ , space ] ] ) (ECMA-262 §25.5.2)
fn stringify(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let value = arg(args, 0);
    let replacer = arg(args, 1);
    let mut space = arg(args, 2);
    let mut st = Stringifier {
        replacer: None,
        property_list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    if let Value::Object(r) = replacer {
        if vm.is_callable(replacer) {
            st.replacer = Some(replacer);
        } else if vm.is_array(replacer)? {
            let len = vm.length_of_array_like(r)?;
            let mut list: Vec<Value> = Vec::new();
            let mut k = 0.0;
            while k < len {
                let key =
                    if k < u32::MAX as f64 { PropertyKey::Index(k as u32) } else { vm.key_str(&number_to_string(k)) };
                let v = vm.get(r, key, replacer)?;
                let item = match v {
                    Value::String(_) => Some(v),
                    Value::Number(n) => Some(Value::String(vm.number_string(n))),
                    Value::Object(o)
                        if matches!(vm.obj(o).kind, ObjectKind::StringBox(_) | ObjectKind::NumberBox(_)) =>
                    {
                        Some(Value::String(vm.to_string(v)?))
                    }
                    _ => None,
                };
                if let Some(item) = item
                    && !list.iter().any(|&x| vm.strict_equals(x, item))
                {
                    vm.root(item);
                    list.push(item);
                }
                k += 1.0;
            }
            st.property_list = Some(list);
        }
    }
    if let Value::Object(o) = space {
        match vm.obj(o).kind {
            ObjectKind::NumberBox(_) => space = Value::Number(vm.to_number(space)?),
            ObjectKind::StringBox(_) => space = Value::String(vm.to_string(space)?),
            _ => {}
        }
    }
    match space {
        Value::Number(_) => {
            let n = vm.to_integer_or_infinity(space)?.min(10.0);
            if n >= 1.0 {
                st.gap = vec![b' ' as u16; n as usize];
            }
        }
        Value::String(s) => {
            let u = vm.heap.str(s);
            st.gap = u[..u.len().min(10)].to_vec();
        }
        _ => {}
    }
    let proto = vm.intrinsics().object_prototype;
    let wrapper = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.root(Value::Object(wrapper));
    let empty = vm.names.empty;
    vm.define_direct(wrapper, PropertyKey::String(empty), value, DEFAULT_ATTRS);
    if st.property(vm, Key::Value(Value::String(empty)), wrapper)? {
        let out = std::mem::take(&mut st.out);
        Ok(vm.string_units(out))
    } else {
        Ok(Value::Undefined)
    }
}
