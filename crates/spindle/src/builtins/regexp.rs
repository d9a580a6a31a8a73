//! RegExp (ECMA-262 §22.2): the constructor, RegExp.prototype, the Symbol.match / matchAll /
//! replace / search / split protocol methods and %RegExpStringIteratorPrototype% (§22.2.9).
//!
//! Pattern matching is done by the `regress` crate on the UTF-16 code units of the subject
//! string (`find_from_ucs2` without the `u`/`v` flags, `find_from_utf16` with them).
//!
//! Internal slots: there is no `ObjectKind` for RegExp instances yet, so [[OriginalSource]]
//! and [[OriginalFlags]] are stored as non-enumerable properties keyed by private symbols
//! (private symbols are invisible to [[OwnPropertyKeys]] and cannot be named by scripts).
//! The key symbols are allocated once per engine and kept as the first properties of every
//! realm's %RegExp.prototype%. Compiled matchers ([[RegExpMatcher]]) live in a per-thread
//! cache keyed by (source, flags), so `exec` does not recompile.

use super::arg;
use super::iterator::create_iter_result;
use crate::hash::IdMap;
use crate::heap::Symbol;
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, Object, ObjectKind};
use crate::value::{ObjId, StrId, SymId, Value};
use crate::vm::{JsResult, Vm};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

// ---------------------------------------------------------------------------------------
// Flags

const FLAG_D: u8 = 1;
const FLAG_G: u8 = 2;
const FLAG_I: u8 = 4;
const FLAG_M: u8 = 8;
const FLAG_S: u8 = 16;
const FLAG_U: u8 = 32;
const FLAG_V: u8 = 64;
const FLAG_Y: u8 = 128;

/// Parses a flags string; None when it has an unknown or repeated flag, or both u and v
/// (ECMA-262 §22.2.3.1 RegExpInitialize step 5).
fn parse_flags(units: &[u16]) -> Option<u8> {
    let mut bits = 0u8;
    for &c in units {
        let b = match c {
            0x64 => FLAG_D,
            0x67 => FLAG_G,
            0x69 => FLAG_I,
            0x6D => FLAG_M,
            0x73 => FLAG_S,
            0x75 => FLAG_U,
            0x76 => FLAG_V,
            0x79 => FLAG_Y,
            _ => return None,
        };
        if bits & b != 0 {
            return None;
        }
        bits |= b;
    }
    if bits & FLAG_U != 0 && bits & FLAG_V != 0 {
        return None;
    }
    Some(bits)
}

fn contains_unit(units: &[u16], c: u8) -> bool {
    units.contains(&(c as u16))
}

// ---------------------------------------------------------------------------------------
// Compiled matchers

/// A compiled pattern: the searching matcher plus, on demand, an anchored variant used for
/// sticky matching (`(?:P)|()`: the trailing empty group only participates when P fails at
/// the start position, so the search never moves past it).
pub struct Compiled {
    re: regress::Regex,
    anchored: OnceCell<Option<regress::Regex>>,
    source: Vec<u32>,
    flags: regress::Flags,
}

/// Compiled matchers by source, then by the flags that affect matching.
type Cache = IdMap<Vec<u16>, Vec<(u8, Rc<Compiled>)>>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(IdMap::default());
}

const CACHE_LIMIT: usize = 4096;

/// The pattern as the code points `regress` parses: with `u`/`v` surrogate pairs are
/// combined, otherwise every code unit is its own character except inside group names
/// (`(?<name>` and `\k<name>`), whose RegExpIdentifierName may hold surrogate pairs.
fn pattern_chars(src: &[u16], unicode: bool) -> Vec<u32> {
    let is_pair =
        |i: usize| (0xD800..0xDC00).contains(&src[i]) && i + 1 < src.len() && (0xDC00..0xE000).contains(&src[i + 1]);
    let mut out = Vec::with_capacity(src.len());
    let mut in_name = false;
    // Whether the previous unit was an unescaped backslash.
    let mut escaping = false;
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        // Without u/v, `\u{` is not a code point escape (that is [+UnicodeMode] only) but the
        // identity escape of "u" followed by a brace quantifier or literal braces (Annex B):
        // hand the matcher a plain "u".
        if !unicode && !in_name && escaping && c == b'u' as u16 && src.get(i + 1) == Some(&(b'{' as u16)) {
            out.pop();
            out.push(b'u' as u32);
            escaping = false;
            i += 1;
            continue;
        }
        escaping = c == b'\\' as u16 && !escaping;
        if (unicode || in_name) && is_pair(i) {
            out.push(0x10000 + (((c as u32) - 0xD800) << 10) + (src[i + 1] as u32 - 0xDC00));
            i += 2;
            continue;
        }
        if !unicode {
            if in_name && c == b'>' as u16 {
                in_name = false;
            } else if !in_name
                && c == b'<' as u16
                && i >= 2
                && (src[i - 1] == b'?' as u16 && src[i - 2] == b'(' as u16
                    || src[i - 1] == b'k' as u16 && src[i - 2] == b'\\' as u16)
            {
                in_name = true;
            }
        }
        out.push(c as u32);
        i += 1;
    }
    out
}

/// Rewrites `\k<name>` for group names used by more than one group (ES2025 duplicate named
/// groups) into `(?:\i\j..)`: only one of the groups can have participated, and a
/// backreference to a group that did not participate matches the empty string.
fn rewrite_duplicate_backrefs(chars: Vec<u32>, sets: bool) -> Vec<u32> {
    let ch = |c: char| c as u32;
    let at = |i: usize| chars.get(i).copied().unwrap_or(0);
    let name_end = |from: usize| (from..chars.len()).find(|&j| chars[j] == ch('>'));
    let mut names: Vec<(&[u32], usize)> = Vec::new();
    let mut backrefs: Vec<(usize, usize)> = Vec::new();
    let mut group = 0;
    scan_pattern(&chars, sets, |i, c| {
        if c == ch('\\') {
            if at(i + 1) == ch('k')
                && at(i + 2) == ch('<')
                && let Some(e) = name_end(i + 3)
            {
                backrefs.push((i, e));
            }
        } else if c == ch('(') && opens_capture(&chars, i) {
            group += 1;
            if at(i + 1) == ch('?')
                && let Some(e) = name_end(i + 3)
            {
                names.push((&chars[i + 3..e], group));
            }
        }
    });
    let indices_of =
        |name: &[u32]| -> Vec<usize> { names.iter().filter(|(n, _)| *n == name).map(|&(_, g)| g).collect() };
    let mut out = Vec::with_capacity(chars.len());
    let mut pos = 0;
    for (b, e) in backrefs {
        let groups = indices_of(&chars[b + 3..e]);
        if groups.len() < 2 {
            continue;
        }
        out.extend_from_slice(&chars[pos..b]);
        out.extend("(?:".chars().map(|c| c as u32));
        for g in groups {
            out.push(ch('\\'));
            out.extend(g.to_string().chars().map(|c| c as u32));
        }
        out.push(ch(')'));
        pos = e + 1;
    }
    if pos == 0 {
        return chars;
    }
    out.extend_from_slice(&chars[pos..]);
    out
}

fn regress_flags(bits: u8) -> regress::Flags {
    regress::Flags {
        icase: bits & FLAG_I != 0,
        multiline: bits & FLAG_M != 0,
        dot_all: bits & FLAG_S != 0,
        unicode: bits & FLAG_U != 0,
        unicode_sets: bits & FLAG_V != 0,
        no_opt: false,
    }
}

/// V8's limit on capturing groups in one pattern (src/regexp/regexp.h kMaxCaptures): a
/// pattern with more is a SyntaxError "Too many captures", as in Node. Without it, a
/// 60 000-group pattern with a backreference took quadratic time to compile.
pub const MAX_CAPTURES: usize = (1 << 15) - 1;

/// Walks a pattern's syntax outside character classes: calls `on(i, c)` at each escape's
/// `\\` (the escaped unit is skipped), each `(` and each `|`. Classes nest only with `v`
/// (`sets`).
fn scan_pattern(pattern: &[u32], sets: bool, mut on: impl FnMut(usize, u32)) {
    let ch = |c: char| c as u32;
    let (mut depth, mut i) = (0, 0);
    while i < pattern.len() {
        let c = pattern[i];
        if c == ch('\\') {
            if depth == 0 {
                on(i, c);
            }
            i += 2;
            continue;
        }
        if depth > 0 {
            if c == ch('[') && sets {
                depth += 1;
            } else if c == ch(']') {
                depth -= 1;
            }
        } else if c == ch('[') {
            depth = 1;
        } else if c == ch('(') || c == ch('|') {
            on(i, c);
        }
        i += 1;
    }
}

/// Whether the `(` at `i` opens a capturing group: not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`
/// or a modifier group, but `(?<name>` is one.
fn opens_capture(pattern: &[u32], i: usize) -> bool {
    let at = |i: usize| pattern.get(i).copied().unwrap_or(0);
    let ch = |c: char| c as u32;
    at(i + 1) != ch('?') || (at(i + 2) == ch('<') && at(i + 3) != ch('=') && at(i + 3) != ch('!'))
}

/// Alternatives (`|`) above which a pattern is compiled without regress's optimizer: its
/// passes revisit every alternative's subtree from each enclosing alternation, so their
/// time grows with the square of the count (4 000 words took 287 ms, Node 1 ms), and they
/// rewrite loops and brackets, which a long list of alternatives gains little from. A
/// budget, as V8's compiler has for large patterns.
const MAX_OPTIMIZED_ALTERNATIVES: usize = 100;

/// The number of `|` in a pattern outside character classes.
fn alternative_count(pattern: &[u32], sets: bool) -> usize {
    let mut count = 0;
    scan_pattern(pattern, sets, |_, c| count += usize::from(c == '|' as u32));
    count
}

/// The number of capturing groups in a pattern.
pub fn capture_group_count(pattern: &[u32], sets: bool) -> usize {
    let mut count = 0;
    scan_pattern(pattern, sets, |i, c| {
        if c == '(' as u32 && opens_capture(pattern, i) {
            count += 1;
        }
    });
    count
}

/// Compiles (or fetches from the cache) the matcher for a source and flags.
fn compile(src: &[u16], bits: u8) -> Result<Rc<Compiled>, String> {
    let key_bits = bits & (FLAG_I | FLAG_M | FLAG_S | FLAG_U | FLAG_V);
    let hit = CACHE
        .with(|c| c.borrow().get(src).and_then(|v| v.iter().find(|(b, _)| *b == key_bits).map(|(_, c)| c.clone())));
    if let Some(c) = hit {
        return Ok(c);
    }
    let unicode = bits & (FLAG_U | FLAG_V) != 0;
    let chars = pattern_chars(src, unicode);
    if capture_group_count(&chars, bits & FLAG_V != 0) > MAX_CAPTURES {
        return Err("Too many captures".into());
    }
    let chars = rewrite_duplicate_backrefs(chars, bits & FLAG_V != 0);
    let mut flags = regress_flags(bits);
    flags.no_opt = alternative_count(&chars, bits & FLAG_V != 0) > MAX_OPTIMIZED_ALTERNATIVES;
    let re = regress::Regex::from_unicode(chars.iter().copied(), flags).map_err(|e| e.to_string())?;
    let c = Rc::new(Compiled { re, anchored: OnceCell::new(), source: chars, flags });
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.entry(src.to_vec()).or_default().push((key_bits, c.clone()));
    });
    Ok(c)
}

impl Compiled {
    fn anchored(&self) -> Option<&regress::Regex> {
        self.anchored
            .get_or_init(|| {
                let mut chars: Vec<u32> = "(?:".chars().map(|c| c as u32).collect();
                chars.extend_from_slice(&self.source);
                chars.extend(")|()".chars().map(|c| c as u32));
                // A slice iterator: regress clones its input iterator to look ahead, and a
                // cloned vec::IntoIter copies the rest of the pattern (quadratic).
                regress::Regex::from_unicode(chars.iter().copied(), self.flags).ok()
            })
            .as_ref()
    }

    /// Runs the matcher on `text` from `start`; with `sticky` only a match starting exactly
    /// at `start` counts.
    fn exec(&self, text: &[u16], start: usize, sticky: bool) -> Option<regress::Match> {
        let unicode = self.flags.unicode || self.flags.unicode_sets;
        // With u/v the input is a list of code points: a lastIndex inside a surrogate pair
        // denotes the pair's code point (as V8 and SpiderMonkey do).
        let start = if unicode
            && start > 0
            && start < text.len()
            && (0xDC00..0xE000).contains(&text[start])
            && (0xD800..0xDC00).contains(&text[start - 1])
        {
            start - 1
        } else {
            start
        };
        let find = |re: &regress::Regex| {
            if unicode { re.find_from_utf16(text, start).next() } else { re.find_from_ucs2(text, start).next() }
        };
        if !sticky {
            return find(&self.re);
        }
        match self.anchored() {
            Some(re) => {
                let mut m = find(re)?;
                if m.captures.pop().flatten().is_some() || m.start() != start {
                    return None;
                }
                Some(m)
            }
            None => find(&self.re).filter(|m| m.start() == start),
        }
    }
}

impl Compiled {
    /// What a RegExp instance holding this matcher is charged for it: the matcher is shared
    /// (the compile cache and every instance with the same source and flags hold it), so
    /// each holder counts its share. The pattern's code points stand for the size of the
    /// program regress compiled from them. Out of line: `Object::owned_bytes`, which the
    /// collector's marking loop inlines, stays small.
    #[inline(never)]
    pub fn charged_bytes(self: &Rc<Self>) -> usize {
        (std::mem::size_of::<Compiled>() + self.source.len() * 4 * 4) / Rc::strong_count(self)
    }
}

// ---------------------------------------------------------------------------------------
// Internal slots: a RegExp instance's are its kind (`ObjectKind::RegExp`); a RegExp String
// Iterator's are hidden private-symbol properties.

/// Private symbols used as internal-slot keys.
#[derive(Clone, Copy)]
struct Slots {
    iter_matcher: SymId,
    iter_string: SymId,
    iter_state: SymId,
}

const SLOT_NAMES: [&str; 3] = ["[[IteratingRegExp]]", "[[IteratedString]]", "[[RegExpIteratorState]]"];

fn regexp_prototype(vm: &Vm) -> ObjId {
    *vm.intrinsics().extra.get("%RegExp.prototype%").expect("%RegExp.prototype%")
}

/// The slot keys (made by the first realm's `init`).
fn slots(vm: &Vm) -> Slots {
    let ks = vm.regexp_slot_keys.expect("RegExp slot keys");
    Slots { iter_matcher: ks[0], iter_string: ks[1], iter_state: ks[2] }
}

fn hidden(vm: &Vm, o: ObjId, key: SymId) -> Option<Value> {
    match vm.obj(o).props.get(PropertyKey::Symbol(key)) {
        Some(Property { slot: Slot::Data(v), .. }) => Some(v),
        _ => None,
    }
}

fn set_hidden(vm: &mut Vm, o: ObjId, key: SymId, v: Value) {
    vm.obj_mut(o).props.insert(PropertyKey::Symbol(key), Property::data(v, 0));
}

/// [[OriginalSource]] and [[OriginalFlags]] of an initialized RegExp instance.
pub(crate) fn regexp_data(vm: &Vm, o: ObjId) -> Option<(StrId, StrId)> {
    match &vm.obj(o).kind {
        ObjectKind::RegExp { source, flags, .. } => Some((*source, *flags)),
        _ => None,
    }
}

/// [[RegExpMatcher]] of an initialized RegExp instance, with its parsed flags.
fn regexp_matcher(vm: &Vm, o: ObjId) -> Option<(Rc<Compiled>, u8)> {
    match &vm.obj(o).kind {
        ObjectKind::RegExp { matcher, bits, .. } => Some((matcher.clone(), *bits)),
        _ => None,
    }
}

/// Whether `v` has a [[RegExpMatcher]] internal slot.
pub fn is_regexp_object(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Object(o) if regexp_data(vm, o).is_some())
}

/// `/source/flags` of a RegExp instance, for inspection (console.log); None for other objects.
pub fn regexp_display(vm: &Vm, o: ObjId) -> Option<String> {
    let (src, flags) = regexp_data(vm, o)?;
    let source = crate::value::string::lossy(&escape_pattern(vm.heap.str(src)));
    let f = vm.heap.str(flags);
    let flags: String = "dgimsuvy".chars().filter(|&c| contains_unit(f, c as u8)).collect();
    Some(format!("/{source}/{flags}"))
}

/// IsRegExp (ECMA-262 §7.2.8)
pub fn is_regexp(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let Value::Object(o) = v else {
        return Ok(false);
    };
    let m = vm.get(o, PropertyKey::Symbol(vm.sym.match_), v)?;
    if !m.is_undefined() {
        return Ok(vm.to_boolean(m));
    }
    Ok(regexp_data(vm, o).is_some())
}

// ---------------------------------------------------------------------------------------
// Realm set-up

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    // The slot keys come first (shared by all realms so instances work cross-realm); each
    // realm's prototype holds them, which keeps the symbols alive.
    let keys = match vm.regexp_slot_keys {
        Some(keys) => keys,
        None => {
            let keys = SLOT_NAMES.map(|n| {
                let d = vm.heap.intern_str(n);
                vm.heap.alloc_symbol(Symbol { description: Some(d), private: true })
            });
            vm.regexp_slot_keys = Some(keys);
            keys
        }
    };
    for k in keys {
        set_hidden(vm, proto, k, Value::Undefined);
    }
    vm.intrinsics_mut().extra.insert("%RegExp.prototype%", proto);

    let ctor = vm.def_constructor("RegExp", 2, regexp_constructor, proto);
    vm.intrinsics_mut().regexp = Some(ctor);
    vm.intrinsics_mut().extra.insert("%RegExp%", ctor);
    vm.def_method(ctor, "escape", 1, regexp_escape);
    let species = vm.sym.species;
    vm.def_accessor(ctor, PropertyKey::Symbol(species), "[Symbol.species]", Some(species_getter), None);

    let exec = vm.def_method(proto, "exec", 1, regexp_prototype_exec);
    vm.intrinsics_mut().extra.insert("%RegExp.prototype.exec%", exec);
    let accessors: [(&str, NativeFn); 10] = [
        ("dotAll", get_dot_all),
        ("flags", get_flags),
        ("global", get_global),
        ("hasIndices", get_has_indices),
        ("ignoreCase", get_ignore_case),
        ("multiline", get_multiline),
        ("source", get_source),
        ("sticky", get_sticky),
        ("unicode", get_unicode),
        ("unicodeSets", get_unicode_sets),
    ];
    for (name, f) in accessors {
        let k = vm.key_str(name);
        vm.def_accessor(proto, k, name, Some(f), None);
    }
    vm.def_method(proto, "test", 1, regexp_test);
    vm.def_method(proto, "toString", 0, regexp_to_string);
    vm.def_method(proto, "compile", 2, regexp_compile);
    let s = vm.sym;
    vm.def_method_sym(proto, s.match_, "[Symbol.match]", 1, symbol_match);
    vm.def_method_sym(proto, s.match_all, "[Symbol.matchAll]", 1, symbol_match_all);
    vm.def_method_sym(proto, s.replace, "[Symbol.replace]", 2, symbol_replace);
    vm.def_method_sym(proto, s.search, "[Symbol.search]", 1, symbol_search);
    vm.def_method_sym(proto, s.split, "[Symbol.split]", 2, symbol_split);

    // %RegExpStringIteratorPrototype% (ECMA-262 §22.2.9.2)
    let ip = vm.intrinsics().iterator_prototype;
    let rsip = vm.heap.alloc_object(Object::new(Some(ip), ObjectKind::Ordinary));
    vm.def_method(rsip, "next", 0, regexp_string_iterator_next);
    let tag = vm.string("RegExp String Iterator");
    vm.define_direct(rsip, PropertyKey::Symbol(s.to_string_tag), tag, CONFIGURABLE);
    vm.intrinsics_mut().extra.insert("%RegExpStringIteratorPrototype%", rsip);
}

fn species_getter(_vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(cx.this)
}

// ---------------------------------------------------------------------------------------
// Construction

/// RegExp ( pattern, flags ) (ECMA-262 §22.2.4.1)
fn regexp_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let pattern = arg(args, 0);
    let flags = arg(args, 1);
    let pattern_is_regexp = is_regexp(vm, pattern)?;
    let new_target = match cx.new_target {
        Some(nt) => nt,
        None => {
            let nt = cx.callee;
            if pattern_is_regexp && flags.is_undefined() {
                let Value::Object(po) = pattern else { unreachable!("IsRegExp implies an object") };
                let pc = vm.get(po, PropertyKey::String(vm.names.constructor), pattern)?;
                if vm.same_value(Value::Object(nt), pc) {
                    return Ok(pattern);
                }
            }
            nt
        }
    };
    let (p, f) = match pattern {
        Value::Object(po) if regexp_data(vm, po).is_some() => {
            let (src, fl) = regexp_data(vm, po).expect("checked");
            let f = if flags.is_undefined() { Value::String(fl) } else { flags };
            (Value::String(src), f)
        }
        Value::Object(po) if pattern_is_regexp => {
            let k = vm.key_str("source");
            let src = vm.get(po, k, pattern)?;
            vm.root(src);
            let f = if flags.is_undefined() {
                let k = vm.key_str("flags");
                vm.get(po, k, pattern)?
            } else {
                flags
            };
            (src, f)
        }
        _ => (pattern, flags),
    };
    vm.root(p);
    vm.root(f);
    let o = regexp_alloc(vm, new_target)?;
    vm.root(Value::Object(o));
    regexp_initialize(vm, o, p, f)
}

/// RegExpAlloc (ECMA-262 §22.2.3.2)
fn regexp_alloc(vm: &mut Vm, new_target: ObjId) -> JsResult<ObjId> {
    let proto = vm.get_prototype_from_constructor(new_target, |i| {
        *i.extra.get("%RegExp.prototype%").expect("%RegExp.prototype%")
    })?;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    let li = PropertyKey::String(vm.names.last_index);
    vm.define_direct(o, li, Value::Undefined, WRITABLE);
    Ok(o)
}

/// RegExpInitialize (ECMA-262 §22.2.3.3)
fn regexp_initialize(vm: &mut Vm, o: ObjId, pattern: Value, flags: Value) -> JsResult<Value> {
    let p = if pattern.is_undefined() { vm.names.empty } else { vm.to_string(pattern)? };
    vm.root(Value::String(p));
    let f = if flags.is_undefined() { vm.names.empty } else { vm.to_string(flags)? };
    vm.root(Value::String(f));
    let funits = vm.heap.str(f).to_vec();
    let Some(bits) = parse_flags(&funits) else {
        let fs = vm.rust_string(f);
        return Err(vm.syntax_error(&format!("Invalid flags supplied to RegExp constructor '{fs}'")));
    };
    let matcher = match compile(vm.heap.str(p), bits) {
        Ok(m) => m,
        Err(e) => {
            let ps = vm.rust_string(p);
            let fs = vm.rust_string(f);
            return Err(vm.syntax_error(&format!("Invalid regular expression: /{ps}/{fs}: {e}")));
        }
    };
    vm.obj_mut(o).kind = ObjectKind::RegExp { matcher, source: p, flags: f, bits };
    let li = PropertyKey::String(vm.names.last_index);
    vm.set_prop(o, li, Value::Number(0.0), true)?;
    Ok(Value::Object(o))
}

/// RegExpCreate (ECMA-262 §22.2.3.1)
pub fn regexp_create(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<Value> {
    let ctor = *vm.intrinsics().extra.get("%RegExp%").expect("%RegExp%");
    let o = regexp_alloc(vm, ctor)?;
    vm.root(Value::Object(o));
    regexp_initialize(vm, o, pattern, flags)
}

/// RegExp.prototype.compile ( pattern, flags ) (ECMA-262 §B.2.4.1)
fn regexp_compile(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = match cx.this {
        Value::Object(o) if regexp_data(vm, o).is_some() => o,
        _ => {
            return Err(vm.type_error("RegExp.prototype.compile requires that 'this' be a RegExp object"));
        }
    };
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let (p, f) = match pattern {
        Value::Object(po) if regexp_data(vm, po).is_some() => {
            if !flags.is_undefined() {
                return Err(vm.type_error("Cannot supply flags when constructing one RegExp from another"));
            }
            let (s, f) = regexp_data(vm, po).expect("checked");
            (Value::String(s), Value::String(f))
        }
        _ => (pattern, flags),
    };
    regexp_initialize(vm, o, p, f)
}

/// RegExp.escape ( S ) (ECMA-262 §22.2.5.1)
fn regexp_escape(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::String(s) = arg(args, 0) else {
        return Err(vm.type_error("RegExp.escape requires a string argument"));
    };
    let units = vm.heap.str(s).to_vec();
    let mut out: Vec<u16> = Vec::with_capacity(units.len() * 2);
    let hex = |out: &mut Vec<u16>, prefix: &str, v: u32, width: usize| {
        out.extend(prefix.encode_utf16());
        out.extend(format!("{v:0width$x}").encode_utf16());
    };
    let mut i = 0;
    while i < units.len() {
        let (cp, n) = code_point_at(&units, i);
        let first = out.is_empty();
        i += n;
        if first && (cp < 0x80 && (cp as u8).is_ascii_alphanumeric()) {
            hex(&mut out, "\\x", cp, 2);
            continue;
        }
        // EncodeForRegExpEscape (ECMA-262 §22.2.5.1.1)
        if cp < 0x80 && b"^$\\.*+?()[]{}|/".contains(&(cp as u8)) {
            out.push(b'\\' as u16);
            out.push(cp as u16);
            continue;
        }
        let control = match cp {
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0B => Some(b'v'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            _ => None,
        };
        if let Some(c) = control {
            out.push(b'\\' as u16);
            out.push(c as u16);
            continue;
        }
        let other_punct = cp < 0x80 && b",-=<>#&!%:;@~'`\"".contains(&(cp as u8));
        let white = cp <= 0xFFFF && crate::value::string::is_js_whitespace(cp as u16);
        let surrogate = (0xD800..=0xDFFF).contains(&cp);
        if other_punct || white || surrogate {
            if cp <= 0xFF {
                hex(&mut out, "\\x", cp, 2);
            } else {
                hex(&mut out, "\\u", cp, 4);
            }
            continue;
        }
        out.extend_from_slice(&units[i - n..i]);
    }
    Ok(vm.string_units(out))
}

// ---------------------------------------------------------------------------------------
// Matching

/// CodePointAt (ECMA-262 §11.1.4): (code point, code unit count).
fn code_point_at(s: &[u16], i: usize) -> (u32, usize) {
    let c = s[i];
    if (0xD800..0xDC00).contains(&c) && i + 1 < s.len() && (0xDC00..0xE000).contains(&s[i + 1]) {
        let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + (s[i + 1] as u32 - 0xDC00);
        return (cp, 2);
    }
    (c as u32, 1)
}

/// AdvanceStringIndex (ECMA-262 §22.2.7.3)
pub fn advance_string_index(s: &[u16], index: f64, unicode: bool) -> f64 {
    if !unicode || index + 1.0 >= s.len() as f64 {
        return index + 1.0;
    }
    index + code_point_at(s, index as usize).1 as f64
}

fn set_last_index(vm: &mut Vm, r: ObjId, v: f64) -> JsResult<()> {
    let li = PropertyKey::String(vm.names.last_index);
    vm.set_prop(r, li, Value::Number(v), true)
}

fn get_last_index(vm: &mut Vm, r: ObjId) -> JsResult<f64> {
    let li = PropertyKey::String(vm.names.last_index);
    let v = vm.get(r, li, Value::Object(r))?;
    vm.to_length(v)
}

/// RegExpBuiltinExec ( R, S ) (ECMA-262 §22.2.7.2). `R` must be an initialized RegExp.
pub fn regexp_builtin_exec(vm: &mut Vm, r: ObjId, s: StrId) -> JsResult<Value> {
    Ok(match regexp_builtin_match(vm, r, s)? {
        Some((m, has_indices)) => Value::Object(build_match_array(vm, s, &m, has_indices)),
        None => Value::Null,
    })
}

/// Steps 1-19 of RegExpBuiltinExec: `lastIndex` read, the match attempted and `lastIndex`
/// updated, everything observable; the match (and whether `R` has the `d` flag) or None.
/// The match array the remaining steps build is new and seen by no one until returned, so
/// a caller that only asks whether there was a match (`test`) may skip it.
fn regexp_builtin_match(vm: &mut Vm, r: ObjId, s: StrId) -> JsResult<Option<(regress::Match, bool)>> {
    let mut last_index = get_last_index(vm, r)?;
    let (compiled, bits) = regexp_matcher(vm, r).expect("RegExpBuiltinExec on a non-RegExp");
    let global = bits & FLAG_G != 0;
    let sticky = bits & FLAG_Y != 0;
    let has_indices = bits & FLAG_D != 0;
    if !global && !sticky {
        last_index = 0.0;
    }
    let len = vm.heap.str(s).len();
    if last_index > len as f64 {
        if global || sticky {
            set_last_index(vm, r, 0.0)?;
        }
        return Ok(None);
    }
    let m = compiled.exec(vm.heap.str(s), last_index as usize, sticky);
    let Some(m) = m else {
        if global || sticky {
            set_last_index(vm, r, 0.0)?;
        }
        return Ok(None);
    };
    if global || sticky {
        set_last_index(vm, r, m.end() as f64)?;
    }
    Ok(Some((m, has_indices)))
}

/// Steps 20-35 of RegExpBuiltinExec: the match result array (with `indices` for `d`).
fn build_match_array(vm: &mut Vm, s: StrId, m: &regress::Match, has_indices: bool) -> ObjId {
    let mut items = Vec::with_capacity(m.captures.len() + 1);
    for g in m.groups() {
        let v = match g {
            Some(range) => {
                let piece: Rc<[u16]> = vm.heap.str(s)[range].into();
                vm.string_rc(piece)
            }
            None => Value::Undefined,
        };
        items.push(v);
    }
    let named: Vec<(String, Option<regress::Range>)> =
        m.named_groups().map(|(name, r)| (name.to_string(), r)).collect();
    let has_groups = !named.is_empty();
    let groups_key = PropertyKey::String(vm.names.groups);
    let groups = if has_groups {
        let g = vm.heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
        for (name, range) in &named {
            let v = match range {
                Some(r) => {
                    let piece: Rc<[u16]> = vm.heap.str(s)[r.clone()].into();
                    vm.string_rc(piece)
                }
                None => Value::Undefined,
            };
            let k = vm.key_str(name);
            vm.define_direct(g, k, v, DEFAULT_ATTRS);
        }
        Value::Object(g)
    } else {
        Value::Undefined
    };
    // Steps 20-22, 27 and 33: an array with the captures as elements and `index`, `input`
    // and `groups` as its first own properties, always in that order, so it is made with
    // their shape at once (nothing here can run user code or collect).
    let values = [Value::Number(m.start() as f64), Value::String(s), groups].map(crate::value::Packed::new);
    let props = PropertyMap::with_shape(match_array_shape(vm), values.into_iter().collect());
    let a = vm.array_with(items.into_iter().map(crate::value::Packed::new).collect(), props);
    if has_indices {
        // MakeMatchIndicesIndexPairArray (ECMA-262 §22.2.7.8)
        let pair = |vm: &mut Vm, r: &Option<regress::Range>| match r {
            Some(r) => Value::Object(vm.new_array(vec![Value::Number(r.start as f64), Value::Number(r.end as f64)])),
            None => Value::Undefined,
        };
        let pairs: Vec<Value> = m.groups().map(|g| pair(vm, &g)).collect();
        let ia = vm.new_array(pairs);
        let igroups = if has_groups {
            let g = vm.heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
            for (name, range) in &named {
                let v = pair(vm, range);
                let k = vm.key_str(name);
                vm.define_direct(g, k, v, DEFAULT_ATTRS);
            }
            Value::Object(g)
        } else {
            Value::Undefined
        };
        vm.define_direct(ia, groups_key, igroups, DEFAULT_ATTRS);
        let k = vm.key_str("indices");
        vm.define_direct(a, k, Value::Object(ia), DEFAULT_ATTRS);
    }
    a
}

/// The shape of a match array's `index`, `input` and `groups` (data properties with
/// default attributes, in the order RegExpBuiltinExec creates them), made once per agent.
fn match_array_shape(vm: &mut Vm) -> Rc<crate::object::shape::Shape> {
    if let Some(s) = &vm.match_array_shape {
        return s.clone();
    }
    let n = vm.names;
    let s = crate::object::shape::Shape::empty()
        .add(PropertyKey::String(n.index), DEFAULT_ATTRS, false)
        .add(PropertyKey::String(n.input), DEFAULT_ATTRS, false)
        .add(PropertyKey::String(n.groups), DEFAULT_ATTRS, false);
    vm.match_array_shape = Some(s.clone());
    s
}

/// Whether `f` is the built-in %RegExp.prototype.exec% (of any realm).
fn is_builtin_exec(vm: &Vm, f: Value) -> bool {
    let Value::Object(fo) = f else {
        return false;
    };
    match &vm.obj(fo).kind {
        ObjectKind::Native { f, .. } => std::ptr::fn_addr_eq(*f, regexp_prototype_exec as NativeFn),
        _ => false,
    }
}

/// RegExpExec ( R, S ) (ECMA-262 §22.2.7.1)
pub fn regexp_exec(vm: &mut Vm, r: ObjId, s: StrId) -> JsResult<Value> {
    let exec = vm.get(r, PropertyKey::String(vm.names.exec), Value::Object(r))?;
    regexp_exec_with(vm, r, s, exec)
}

/// RegExpExec's steps after step 1, with `exec` already read from `R`.
fn regexp_exec_with(vm: &mut Vm, r: ObjId, s: StrId, exec: Value) -> JsResult<Value> {
    if vm.is_callable(exec) {
        if is_builtin_exec(vm, exec) && regexp_data(vm, r).is_some() {
            return regexp_builtin_exec(vm, r, s);
        }
        let res = vm.call(exec, Value::Object(r), &[Value::String(s)])?;
        if !matches!(res, Value::Object(_) | Value::Null) {
            return Err(vm.type_error("RegExp exec method returned something other than an Object or null"));
        }
        return Ok(res);
    }
    if regexp_data(vm, r).is_none() {
        return Err(vm.type_error("RegExp exec method called on an incompatible receiver"));
    }
    regexp_builtin_exec(vm, r, s)
}

fn this_object(vm: &mut Vm, this: Value, name: &str) -> JsResult<ObjId> {
    match this {
        Value::Object(o) => Ok(o),
        _ => {
            let d = vm.describe(this);
            Err(vm.type_error(&format!("RegExp.prototype.{name} called on incompatible receiver {d}")))
        }
    }
}

/// ToString(arg) as a rooted string handle.
fn string_arg(vm: &mut Vm, v: Value) -> JsResult<StrId> {
    let s = vm.to_string(v)?;
    vm.root(Value::String(s));
    Ok(s)
}

/// RegExp.prototype.exec ( string ) (ECMA-262 §22.2.6.2)
fn regexp_prototype_exec(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = match cx.this {
        Value::Object(o) if regexp_data(vm, o).is_some() => o,
        _ => {
            let d = vm.describe(cx.this);
            return Err(vm.type_error(&format!("RegExp.prototype.exec called on incompatible receiver {d}")));
        }
    };
    let s = string_arg(vm, arg(args, 0))?;
    regexp_builtin_exec(vm, r, s)
}

/// RegExp.prototype.test ( S ) (ECMA-262 §22.2.6.16)
fn regexp_test(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = this_object(vm, cx.this, "test")?;
    let s = string_arg(vm, arg(args, 0))?;
    // RegExpExec with the built-in exec: only whether it matched is needed, not the array.
    let exec = vm.get(r, PropertyKey::String(vm.names.exec), Value::Object(r))?;
    if is_builtin_exec(vm, exec) && regexp_data(vm, r).is_some() {
        return Ok(Value::Bool(regexp_builtin_match(vm, r, s)?.is_some()));
    }
    let m = regexp_exec_with(vm, r, s, exec)?;
    Ok(Value::Bool(!matches!(m, Value::Null)))
}

/// RegExp.prototype.toString ( ) (ECMA-262 §22.2.6.17)
fn regexp_to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let r = this_object(vm, cx.this, "toString")?;
    let k = vm.key_str("source");
    let p = vm.get(r, k, cx.this)?;
    let p = string_arg(vm, p)?;
    let k = vm.key_str("flags");
    let f = vm.get(r, k, cx.this)?;
    let f = vm.to_string(f)?;
    let mut out = vec![b'/' as u16];
    out.extend_from_slice(vm.heap.str(p));
    out.push(b'/' as u16);
    out.extend_from_slice(vm.heap.str(f));
    Ok(vm.string_units(out))
}

// ---------------------------------------------------------------------------------------
// Accessors

/// `flags` and the flag properties, as `Names::regexp_flags` holds them.
pub(crate) const FLAG_NAMES: [&str; 9] =
    ["flags", "hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"];

/// The flag properties `get flags` reads, in its order, with the flag each reports and its
/// built-in getter.
const FLAG_GETTERS: [(&str, u8, NativeFn); 8] = [
    ("hasIndices", b'd', get_has_indices),
    ("global", b'g', get_global),
    ("ignoreCase", b'i', get_ignore_case),
    ("multiline", b'm', get_multiline),
    ("dotAll", b's', get_dot_all),
    ("unicode", b'u', get_unicode),
    ("unicodeSets", b'v', get_unicode_sets),
    ("sticky", b'y', get_sticky),
];

/// get RegExp.prototype.flags (ECMA-262 §22.2.6.4)
fn get_flags(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let r = this_object(vm, cx.this, "flags")?;
    let mut out = Vec::new();
    for (name, c, _) in FLAG_GETTERS {
        let k = vm.key_str(name);
        let v = vm.get(r, k, cx.this)?;
        if vm.to_boolean(v) {
            out.push(c as u16);
        }
    }
    Ok(vm.string_units(out))
}

/// RegExpHasFlag ( R, codeUnit ) (ECMA-262 §22.2.6.4.1)
fn has_flag(vm: &mut Vm, this: Value, flag: u8, name: &str) -> JsResult<Value> {
    let Value::Object(o) = this else {
        let d = vm.describe(this);
        return Err(vm.type_error(&format!("RegExp.prototype.{name} getter called on non-object {d}")));
    };
    match regexp_data(vm, o) {
        Some((_, f)) => Ok(Value::Bool(contains_unit(vm.heap.str(f), flag))),
        None if o == regexp_prototype(vm) => Ok(Value::Undefined),
        None => Err(vm.type_error(&format!("RegExp.prototype.{name} getter called on non-RegExp object"))),
    }
}

macro_rules! flag_getters {
    ($($f:ident, $name:literal, $c:literal, $sec:literal;)*) => {
        $(
            #[doc = concat!("get RegExp.prototype.", $name, " (ECMA-262 ", $sec, ")")]
            fn $f(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
                has_flag(vm, cx.this, $c, $name)
            }
        )*
    };
}

flag_getters! {
    get_dot_all, "dotAll", b's', "§22.2.6.3";
    get_global, "global", b'g', "§22.2.6.5";
    get_has_indices, "hasIndices", b'd', "§22.2.6.6";
    get_ignore_case, "ignoreCase", b'i', "§22.2.6.7";
    get_multiline, "multiline", b'm', "§22.2.6.9";
    get_sticky, "sticky", b'y', "§22.2.6.14";
    get_unicode, "unicode", b'u', "§22.2.6.17";
    get_unicode_sets, "unicodeSets", b'v', "§22.2.6.18";
}

/// get RegExp.prototype.source (ECMA-262 §22.2.6.13)
fn get_source(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = cx.this else {
        let d = vm.describe(cx.this);
        return Err(vm.type_error(&format!("RegExp.prototype.source getter called on non-object {d}")));
    };
    match regexp_data(vm, o) {
        Some((src, _)) => {
            let units = escape_pattern(vm.heap.str(src));
            Ok(vm.string_units(units))
        }
        None if o == regexp_prototype(vm) => Ok(vm.string("(?:)")),
        None => Err(vm.type_error("RegExp.prototype.source getter called on non-RegExp object")),
    }
}

/// EscapeRegExpPattern (ECMA-262 §22.2.6.13.1): `/` and line terminators are escaped so
/// that `/${source}/${flags}` parses back to an equivalent literal.
fn escape_pattern(src: &[u16]) -> Vec<u16> {
    if src.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(src.len() + 4);
    let mut in_class = false;
    let mut i = 0;
    let push_lt = |out: &mut Vec<u16>, c: u16| {
        let esc = match c {
            0x0A => "n",
            0x0D => "r",
            0x2028 => "u2028",
            _ => "u2029",
        };
        out.extend(esc.encode_utf16());
    };
    while i < src.len() {
        let c = src[i];
        match c {
            0x5C => {
                out.push(c);
                if let Some(&n) = src.get(i + 1) {
                    if matches!(n, 0x0A | 0x0D | 0x2028 | 0x2029) {
                        push_lt(&mut out, n);
                    } else {
                        out.push(n);
                    }
                    i += 1;
                }
            }
            0x2F if !in_class => {
                out.push(b'\\' as u16);
                out.push(c);
            }
            0x0A | 0x0D | 0x2028 | 0x2029 => {
                out.push(b'\\' as u16);
                push_lt(&mut out, c);
            }
            0x5B => {
                in_class = true;
                out.push(c);
            }
            0x5D => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Symbol-keyed protocol methods

fn flags_of(vm: &mut Vm, rx: ObjId) -> JsResult<Vec<u16>> {
    if let Some(flags) = unobservable_flags(vm, rx) {
        return Ok(flags);
    }
    let k = vm.key_str("flags");
    let f = vm.get(rx, k, Value::Object(rx))?;
    let f = vm.to_string(f)?;
    Ok(vm.heap.str(f).to_vec())
}

/// ToString(Get(rx, "flags")) answered from [[OriginalFlags]] when nothing could observe
/// the difference (the Symbol.match/replace/split/matchAll methods read it once per call):
/// `rx` is a RegExp of this realm, neither it nor any object between it and
/// %RegExp.prototype% defines `flags` or a flag property, and there `flags` and the eight
/// flag accessors `get flags` reads (ECMA-262 §22.2.6.4) are the built-in getters. The
/// built-in `flags` getter reads them in the order below and lists the flags they report
/// in that order; each built-in flag getter reports [[OriginalFlags]].
fn unobservable_flags(vm: &mut Vm, rx: ObjId) -> Option<Vec<u16>> {
    let (_, original) = regexp_data(vm, rx)?;
    let proto = regexp_prototype(vm);
    if vm.obj(rx).proto() != Some(proto) {
        return None;
    }
    let pristine = match &vm.regexp_pristine_flags {
        Some(p) if p.holds(vm, rx, proto) => true,
        _ => PristineFlags::check(vm, rx, proto),
    };
    pristine.then(|| {
        let original = vm.heap.str(original);
        FLAG_GETTERS.iter().filter(|&&(_, c, _)| contains_unit(original, c)).map(|&(_, c, _)| c as u16).collect()
    })
}

/// The last RegExp instance shape and %RegExp.prototype% shape `unobservable_flags` found
/// pristine, with where the prototype keeps the nine getters and which functions they were.
/// A shape's keys never change, so the instance's shape still lacks the flag properties; the
/// prototype's getters are compared by slot (redefining an accessor keeps the shape).
pub(crate) struct PristineFlags {
    rx_shape: u64,
    proto_shape: u64,
    getters: [(u32, ObjId); 9],
}

impl PristineFlags {
    fn holds(&self, vm: &Vm, rx: ObjId, proto: ObjId) -> bool {
        let p = &vm.obj(proto).props;
        vm.obj(rx).props.shape_id() == self.rx_shape
            && p.shape_id() == self.proto_shape
            && self.getters.iter().all(|&(offset, g)| p.value_at(offset) == Value::Object(g))
    }

    /// The check by name: neither `rx` nor `proto` shadows a flag property, and `proto`'s
    /// `flags` and flag accessors are the built-in getters. When both objects have shapes,
    /// what was found is kept for `holds`.
    fn check(vm: &mut Vm, rx: ObjId, proto: ObjId) -> bool {
        let natives = std::iter::once(get_flags as NativeFn).chain(FLAG_GETTERS.iter().map(|g| g.2));
        let mut getters = [(0u32, ObjId(0)); 9];
        let mut by_slot = true;
        for (i, (name, f)) in vm.names.regexp_flags.into_iter().zip(natives).enumerate() {
            let k = PropertyKey::String(name);
            if vm.obj(rx).props.get(k).is_some() {
                return false;
            }
            let Some(Property { slot: Slot::Accessor(Value::Object(g), _), .. }) = vm.obj(proto).props.get(k) else {
                return false;
            };
            if !matches!(&vm.obj(g).kind, ObjectKind::Native { f: native, .. } if std::ptr::fn_addr_eq(*native, f)) {
                return false;
            }
            match vm.obj(proto).props.shape_entry(k) {
                Some(e) if e.accessor => getters[i] = (e.offset, g),
                _ => by_slot = false,
            }
        }
        let (rx_shape, proto_shape) = (vm.obj(rx).props.shape_id(), vm.obj(proto).props.shape_id());
        let shaped = |id: u64| id != crate::object::shape::NO_SHAPE_ID;
        vm.regexp_pristine_flags = (by_slot && shaped(rx_shape) && shaped(proto_shape)).then_some(PristineFlags {
            rx_shape,
            proto_shape,
            getters,
        });
        true
    }
}

/// Get(result, "0") converted with ToString.
fn match_string(vm: &mut Vm, result: Value) -> JsResult<StrId> {
    let Value::Object(ro) = result else { unreachable!("RegExpExec returns an object or null") };
    let v = vm.get(ro, PropertyKey::Index(0), result)?;
    vm.to_string(v)
}

/// RegExp.prototype [ %Symbol.match% ] ( string ) (ECMA-262 §22.2.6.8)
fn symbol_match(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let rx = this_object(vm, cx.this, "[Symbol.match]")?;
    let s = string_arg(vm, arg(args, 0))?;
    let flags = flags_of(vm, rx)?;
    if !contains_unit(&flags, b'g') {
        return regexp_exec(vm, rx, s);
    }
    let full_unicode = contains_unit(&flags, b'u') || contains_unit(&flags, b'v');
    set_last_index(vm, rx, 0.0)?;
    let mut out: Vec<Value> = Vec::new();
    loop {
        let result = regexp_exec(vm, rx, s)?;
        if result == Value::Null {
            if out.is_empty() {
                return Ok(Value::Null);
            }
            return Ok(Value::Object(vm.new_array(out)));
        }
        let ms = match_string(vm, result)?;
        vm.root(Value::String(ms));
        out.push(Value::String(ms));
        if vm.heap.str(ms).is_empty() {
            let this_index = get_last_index(vm, rx)?;
            let next = advance_string_index(vm.heap.str(s), this_index, full_unicode);
            set_last_index(vm, rx, next)?;
        }
    }
}

/// RegExp.prototype [ %Symbol.matchAll% ] ( string ) (ECMA-262 §22.2.6.9)
fn symbol_match_all(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = this_object(vm, cx.this, "[Symbol.matchAll]")?;
    let s = string_arg(vm, arg(args, 0))?;
    let default = *vm.intrinsics().extra.get("%RegExp%").expect("%RegExp%");
    let c = vm.species_constructor(r, default)?;
    vm.root(c);
    let flags = flags_of(vm, r)?;
    let fv = vm.string_units(flags.clone());
    vm.root(fv);
    let matcher = vm.construct(c, &[cx.this, fv], None)?;
    vm.root(matcher);
    let last_index = get_last_index(vm, r)?;
    let Value::Object(mo) = matcher else {
        return Err(vm.type_error("RegExp species constructor returned a non-object"));
    };
    set_last_index(vm, mo, last_index)?;
    let global = contains_unit(&flags, b'g');
    let full_unicode = contains_unit(&flags, b'u') || contains_unit(&flags, b'v');
    Ok(Value::Object(create_regexp_string_iterator(vm, mo, s, global, full_unicode)))
}

const ITER_GLOBAL: f64 = 1.0;
const ITER_UNICODE: f64 = 2.0;
const ITER_DONE: f64 = 4.0;

/// CreateRegExpStringIterator ( R, S, global, fullUnicode ) (ECMA-262 §22.2.9.1)
fn create_regexp_string_iterator(vm: &mut Vm, r: ObjId, s: StrId, global: bool, full_unicode: bool) -> ObjId {
    let proto = *vm.intrinsics().extra.get("%RegExpStringIteratorPrototype%").expect("%RegExpStringIteratorPrototype%");
    let it = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    let k = slots(vm);
    set_hidden(vm, it, k.iter_matcher, Value::Object(r));
    set_hidden(vm, it, k.iter_string, Value::String(s));
    let state = if global { ITER_GLOBAL } else { 0.0 } + if full_unicode { ITER_UNICODE } else { 0.0 };
    set_hidden(vm, it, k.iter_state, Value::Number(state));
    it
}

/// %RegExpStringIteratorPrototype%.next ( ) (ECMA-262 §22.2.9.2.1)
fn regexp_string_iterator_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let k = slots(vm);
    let fields = match cx.this {
        Value::Object(o) => {
            match (hidden(vm, o, k.iter_matcher), hidden(vm, o, k.iter_string), hidden(vm, o, k.iter_state)) {
                (Some(Value::Object(r)), Some(Value::String(s)), Some(Value::Number(st))) => Some((o, r, s, st)),
                _ => None,
            }
        }
        _ => None,
    };
    let Some((it, r, s, state)) = fields else {
        return Err(vm.type_error("%RegExpStringIteratorPrototype%.next called on incompatible receiver"));
    };
    let bits = state as u32;
    if bits & ITER_DONE as u32 != 0 {
        return Ok(create_iter_result(vm, Value::Undefined, true));
    }
    let set_done = |vm: &mut Vm| set_hidden(vm, it, k.iter_state, Value::Number(state + ITER_DONE));
    let m = regexp_exec(vm, r, s)?;
    if m == Value::Null {
        set_done(vm);
        return Ok(create_iter_result(vm, Value::Undefined, true));
    }
    vm.root(m);
    if bits & ITER_GLOBAL as u32 == 0 {
        set_done(vm);
        return Ok(create_iter_result(vm, m, false));
    }
    let ms = match_string(vm, m)?;
    if vm.heap.str(ms).is_empty() {
        let this_index = get_last_index(vm, r)?;
        let unicode = bits & ITER_UNICODE as u32 != 0;
        let next = advance_string_index(vm.heap.str(s), this_index, unicode);
        set_last_index(vm, r, next)?;
    }
    Ok(create_iter_result(vm, m, false))
}

/// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
/// (ECMA-262 §22.1.3.19.1)
pub fn get_substitution(
    vm: &mut Vm,
    matched: &[u16],
    s: &[u16],
    position: usize,
    captures: &[Option<Vec<u16>>],
    named_captures: Option<ObjId>,
    template: &[u16],
) -> JsResult<Vec<u16>> {
    let mut out = Vec::with_capacity(template.len());
    let len = s.len();
    let is_digit = |c: u16| (0x30..=0x39).contains(&c);
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        if c != b'$' as u16 || i + 1 >= template.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = template[i + 1];
        match n {
            0x24 => {
                out.push(b'$' as u16);
                i += 2;
            }
            0x60 => {
                out.extend_from_slice(&s[..position.min(len)]);
                i += 2;
            }
            0x26 => {
                out.extend_from_slice(matched);
                i += 2;
            }
            0x27 => {
                let tail = (position + matched.len()).min(len);
                out.extend_from_slice(&s[tail..]);
                i += 2;
            }
            _ if is_digit(n) => {
                let two = template.get(i + 2).is_some_and(|&d| is_digit(d));
                let mut digits = if two { 2 } else { 1 };
                let mut index = (n - 0x30) as usize;
                if two {
                    index = index * 10 + (template[i + 2] - 0x30) as usize;
                }
                if index > captures.len() && digits == 2 {
                    digits = 1;
                    index = (n - 0x30) as usize;
                }
                if (1..=captures.len()).contains(&index) {
                    if let Some(cap) = &captures[index - 1] {
                        out.extend_from_slice(cap);
                    }
                } else {
                    out.extend_from_slice(&template[i..i + 1 + digits]);
                }
                i += 1 + digits;
            }
            0x3C => {
                let gt = template[i + 2..].iter().position(|&u| u == b'>' as u16).map(|p| p + i + 2);
                match (gt, named_captures) {
                    (Some(gt), Some(nc)) => {
                        let name = template[i + 2..gt].to_vec();
                        let nv = vm.string_units(name);
                        let key = vm.to_property_key(nv)?;
                        let cap = vm.get(nc, key, Value::Object(nc))?;
                        if !cap.is_undefined() {
                            let cs = vm.to_string(cap)?;
                            out.extend_from_slice(vm.heap.str(cs));
                        }
                        i = gt + 1;
                    }
                    _ => {
                        out.extend_from_slice(&template[i..i + 2]);
                        i += 2;
                    }
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// RegExp.prototype [ %Symbol.replace% ] ( string, replaceValue ) (ECMA-262 §22.2.6.11)
fn symbol_replace(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let rx = this_object(vm, cx.this, "[Symbol.replace]")?;
    let s = string_arg(vm, arg(args, 0))?;
    let mut replace_value = arg(args, 1);
    let functional = vm.is_callable(replace_value);
    if !functional {
        let r = string_arg(vm, replace_value)?;
        replace_value = Value::String(r);
    }
    let flags = flags_of(vm, rx)?;
    let global = contains_unit(&flags, b'g');
    let mut full_unicode = false;
    if global {
        full_unicode = contains_unit(&flags, b'u') || contains_unit(&flags, b'v');
        set_last_index(vm, rx, 0.0)?;
    }
    let mut results: Vec<ObjId> = Vec::new();
    loop {
        let result = regexp_exec(vm, rx, s)?;
        let Value::Object(ro) = result else {
            break;
        };
        vm.root(result);
        results.push(ro);
        if !global {
            break;
        }
        let ms = match_string(vm, result)?;
        if vm.heap.str(ms).is_empty() {
            let this_index = get_last_index(vm, rx)?;
            let next = advance_string_index(vm.heap.str(s), this_index, full_unicode);
            set_last_index(vm, rx, next)?;
        }
    }
    let str_units = vm.heap.str(s).to_vec();
    let len = str_units.len();
    let mut acc: Vec<u16> = Vec::new();
    let mut next_source_position = 0usize;
    for ro in results {
        let result = Value::Object(ro);
        let result_length = vm.length_of_array_like(ro)?;
        let n_captures = (result_length - 1.0).max(0.0) as usize;
        let matched = match_string(vm, result)?;
        vm.root(Value::String(matched));
        let matched_units = vm.heap.str(matched).to_vec();
        let pv = vm.get(ro, PropertyKey::String(vm.names.index), result)?;
        let position = vm.to_integer_or_infinity(pv)?.clamp(0.0, len as f64) as usize;
        let mut captures: Vec<Option<Vec<u16>>> = Vec::with_capacity(n_captures);
        let mut capture_values: Vec<Value> = Vec::with_capacity(n_captures);
        for n in 1..=n_captures {
            let key = if n < u32::MAX as usize { PropertyKey::Index(n as u32) } else { vm.key_str(&n.to_string()) };
            let cap = vm.get(ro, key, result)?;
            if cap.is_undefined() {
                captures.push(None);
                capture_values.push(Value::Undefined);
            } else {
                let cs = string_arg(vm, cap)?;
                captures.push(Some(vm.heap.str(cs).to_vec()));
                capture_values.push(Value::String(cs));
            }
        }
        let groups_key = vm.key_str("groups");
        let named = vm.get(ro, groups_key, result)?;
        vm.root(named);
        let replacement = if functional {
            let mut rargs = Vec::with_capacity(n_captures + 4);
            rargs.push(Value::String(matched));
            rargs.extend(capture_values);
            rargs.push(Value::Number(position as f64));
            rargs.push(Value::String(s));
            if !named.is_undefined() {
                rargs.push(named);
            }
            let rv = vm.call(replace_value, Value::Undefined, &rargs)?;
            let rs = vm.to_string(rv)?;
            vm.heap.str(rs).to_vec()
        } else {
            let nc = if named.is_undefined() {
                None
            } else {
                let o = vm.to_object(named)?;
                vm.root(Value::Object(o));
                Some(o)
            };
            let Value::String(t) = replace_value else { unreachable!("converted above") };
            let template = vm.heap.str(t).to_vec();
            get_substitution(vm, &matched_units, &str_units, position, &captures, nc, &template)?
        };
        if position >= next_source_position {
            acc.extend_from_slice(&str_units[next_source_position..position]);
            acc.extend_from_slice(&replacement);
            next_source_position = position + matched_units.len();
        }
    }
    if next_source_position < len {
        acc.extend_from_slice(&str_units[next_source_position..]);
    }
    if acc.len() > crate::vm::ops::MAX_STRING_LEN {
        return Err(vm.range_error("Invalid string length"));
    }
    Ok(vm.string_units(acc))
}

/// RegExp.prototype [ %Symbol.search% ] ( string ) (ECMA-262 §22.2.6.12)
fn symbol_search(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let rx = this_object(vm, cx.this, "[Symbol.search]")?;
    let s = string_arg(vm, arg(args, 0))?;
    let li = PropertyKey::String(vm.names.last_index);
    let previous = vm.get(rx, li, cx.this)?;
    vm.root(previous);
    if !vm.same_value(previous, Value::Number(0.0)) {
        vm.set_prop(rx, li, Value::Number(0.0), true)?;
    }
    let result = regexp_exec(vm, rx, s)?;
    vm.root(result);
    let current = vm.get(rx, li, cx.this)?;
    if !vm.same_value(current, previous) {
        vm.set_prop(rx, li, previous, true)?;
    }
    match result {
        Value::Object(ro) => vm.get(ro, PropertyKey::String(vm.names.index), result),
        _ => Ok(Value::Number(-1.0)),
    }
}

/// RegExp.prototype [ %Symbol.split% ] ( string, limit ) (ECMA-262 §22.2.6.14)
fn symbol_split(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let rx = this_object(vm, cx.this, "[Symbol.split]")?;
    let s = string_arg(vm, arg(args, 0))?;
    let default = *vm.intrinsics().extra.get("%RegExp%").expect("%RegExp%");
    let c = vm.species_constructor(rx, default)?;
    vm.root(c);
    let flags = flags_of(vm, rx)?;
    let unicode = contains_unit(&flags, b'u') || contains_unit(&flags, b'v');
    let mut new_flags = flags.clone();
    if !contains_unit(&flags, b'y') {
        new_flags.push(b'y' as u16);
    }
    let nf = vm.string_units(new_flags);
    vm.root(nf);
    let splitter = vm.construct(c, &[cx.this, nf], None)?;
    vm.root(splitter);
    let Value::Object(sp) = splitter else {
        return Err(vm.type_error("RegExp species constructor returned a non-object"));
    };
    let limit = arg(args, 1);
    let lim = if limit.is_undefined() { u32::MAX } else { vm.to_uint32(limit)? };
    let mut out: Vec<Value> = Vec::new();
    if lim == 0 {
        return Ok(Value::Object(vm.new_array(out)));
    }
    let su = vm.heap.str(s).to_vec();
    let size = su.len();
    if size == 0 {
        let z = regexp_exec(vm, sp, s)?;
        if z == Value::Null {
            out.push(Value::String(s));
        }
        return Ok(Value::Object(vm.new_array(out)));
    }
    // Fast path: the splitter is a fresh built-in RegExp whose exec is the original, so
    // the sticky probing at each position can be replaced by one forward search.
    let fast = c == Value::Object(default) && regexp_data(vm, sp).is_some() && {
        let k = vm.key_str("exec");
        let own = vm.own_property(sp, k);
        let inherited = vm.obj(sp).proto().and_then(|p| vm.own_property(p, k));
        matches!((own, inherited), (None, Some(Property { slot: Slot::Data(f), .. })) if is_builtin_exec(vm, f))
    };
    let push = |vm: &mut Vm, out: &mut Vec<Value>, v: Value| {
        vm.root(v);
        out.push(v);
        out.len() as u32 == lim
    };
    let mut p = 0usize;
    let mut q = p;
    if fast {
        let (compiled, _) = regexp_matcher(vm, sp).expect("checked");
        while q < size {
            let Some(m) = compiled.exec(&su, q, false) else {
                break;
            };
            let e = m.end().min(size);
            if m.start() >= size {
                break;
            }
            if e == p {
                q = advance_string_index(&su, m.start() as f64, unicode) as usize;
                continue;
            }
            let t = vm.string_from_slice(&su[p..m.start()]);
            if push(vm, &mut out, t) {
                return Ok(Value::Object(vm.new_array(out)));
            }
            p = e;
            for g in m.captures.iter() {
                let v = match g {
                    Some(r) => vm.string_from_slice(&su[r.clone()]),
                    None => Value::Undefined,
                };
                if push(vm, &mut out, v) {
                    return Ok(Value::Object(vm.new_array(out)));
                }
            }
            q = p;
        }
    } else {
        while q < size {
            set_last_index(vm, sp, q as f64)?;
            let z = regexp_exec(vm, sp, s)?;
            let Value::Object(zo) = z else {
                q = advance_string_index(&su, q as f64, unicode) as usize;
                continue;
            };
            vm.root(z);
            let e = get_last_index(vm, sp)?.min(size as f64) as usize;
            if e == p {
                q = advance_string_index(&su, q as f64, unicode) as usize;
                continue;
            }
            let t = vm.string_from_slice(&su[p..q]);
            if push(vm, &mut out, t) {
                return Ok(Value::Object(vm.new_array(out)));
            }
            p = e;
            let ncap = (vm.length_of_array_like(zo)? - 1.0).max(0.0) as usize;
            for i in 1..=ncap {
                let key = if i < u32::MAX as usize { PropertyKey::Index(i as u32) } else { vm.key_str(&i.to_string()) };
                let v = vm.get(zo, key, z)?;
                if push(vm, &mut out, v) {
                    return Ok(Value::Object(vm.new_array(out)));
                }
            }
            q = p;
        }
    }
    let t = vm.string_from_slice(&su[p.min(size)..]);
    out.push(t);
    Ok(Value::Object(vm.new_array(out)))
}

#[cfg(test)]
mod tests {
    /// `Names::regexp_flags` (built from FLAG_NAMES) is read in FLAG_GETTERS' order.
    #[test]
    fn flag_names_follow_the_getters() {
        assert_eq!(super::FLAG_NAMES[0], "flags");
        let getters: Vec<&str> = super::FLAG_GETTERS.iter().map(|g| g.0).collect();
        assert_eq!(super::FLAG_NAMES[1..], getters[..]);
    }

    fn units(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    /// Only the `|` that separate alternatives count toward the optimizer's budget: not
    /// escaped ones, nor those inside character classes (nested classes with `v`).
    #[test]
    fn alternatives_are_counted_outside_classes_and_escapes() {
        assert_eq!(super::alternative_count(&units("a|b|(c|d)"), false), 3);
        assert_eq!(super::alternative_count(&units(r"a\|b[|]c"), false), 0);
        assert_eq!(super::alternative_count(&units("[[|]|]|x"), true), 1);
        let long = vec!["w"; 4000].join("|");
        assert_eq!(super::alternative_count(&units(&long), false), 3999);
    }

    /// A long alternation is compiled without the optimizer (whose passes are quadratic in
    /// its length) and a short one with it.
    #[test]
    fn long_alternations_skip_the_optimizer() {
        let long: Vec<u16> = vec!["w"; super::MAX_OPTIMIZED_ALTERNATIVES + 2].join("|").encode_utf16().collect();
        let short: Vec<u16> = "a+|b*|c".encode_utf16().collect();
        assert!(super::compile(&long, 0).expect("compiles").flags.no_opt);
        assert!(!super::compile(&short, 0).expect("compiles").flags.no_opt);
    }
}
