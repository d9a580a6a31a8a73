//! Value formatting compatible with Node's `util.inspect` (a port of Node v20
//! lib/internal/util/inspect.js: formatValue, formatRaw, getConstructorName, formatProperty,
//! formatArray, ...), used by console.log and for uncaught exceptions.
//!
//! Like Node, the inspector runs user code in a few places: `Symbol.toStringTag` getters,
//! `name` getters of constructors and functions, `Symbol.hasInstance`, error `name`/`message`/
//! `stack` accessors and `[Symbol.for('nodejs.util.inspect.custom')]` methods. It never calls
//! property getters it displays (they show as `[Getter]`).

mod binary;
mod error;
mod layout;
pub(super) mod text;

use text::Text;
pub use text::{str_escape, string_width};

use crate::bytecode::BodyKind;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{ObjId, SymId, Value};
use crate::vm::{JsResult, Vm};

/// The `util.inspect` options the engine supports.
#[derive(Clone, Copy, Debug)]
pub struct InspectOptions {
    /// Nesting levels to expand; `f64::INFINITY` for `depth: null`.
    pub depth: f64,
    pub show_hidden: bool,
    pub custom_inspect: bool,
    pub break_length: usize,
    /// Node's numeric `compact` (0 stands for `false`: one property per line,
    /// [`COMPACT_TRUE`] for `true`: entries on one line or each on its own, no grouping).
    pub compact: usize,
    pub max_array_length: usize,
    pub max_string_length: usize,
    /// `sorted: true`: an object's entries in code-unit order.
    pub sorted: bool,
    /// `colors: true`: ANSI colours as Node's `inspect.styles` assign them.
    pub colors: bool,
    /// `numericSeparator: true`: numbers and bigints grouped by `_` in threes.
    pub numeric_separator: bool,
    /// `getters`: which accessors are called to show their value.
    pub getters: Getters,
}

/// `compact: true`.
pub const COMPACT_TRUE: usize = usize::MAX;

/// Node's `util.inspect.styles` (the default theme) and their `inspect.colors` codes.
#[derive(Clone, Copy)]
pub(crate) enum Style {
    Special,
    Number,
    Undefined,
    Null,
    String,
    Date,
    RegExp,
}

/// Node's stylizeWithColor: `\x1b[<open>m<text>\x1b[<close>m` when `colors` is on.
pub(crate) fn stylize(opts: &InspectOptions, text: &str, style: Style) -> String {
    if !opts.colors {
        return text.to_string();
    }
    let (open, close) = match style {
        Style::Special => (36, 39),
        Style::Number => (33, 39),
        Style::Undefined => (90, 39),
        Style::Null => (1, 22),
        Style::String => (32, 39),
        Style::Date => (35, 39),
        Style::RegExp => (31, 39),
    };
    format!("\x1b[{open}m{text}\x1b[{close}m")
}

/// Node's `getters` option: `false`, `true`, `'get'` (getters without a setter) or `'set'`
/// (getters with a setter).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Getters {
    #[default]
    None,
    All,
    GetOnly,
    WithSetter,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions {
            depth: 2.0,
            show_hidden: false,
            custom_inspect: true,
            break_length: 80,
            compact: 3,
            max_array_length: 100,
            max_string_length: 10000,
            sorted: false,
            colors: false,
            numeric_separator: false,
            getters: Getters::None,
        }
    }
}

/// Node's kObjectType / kArrayType / kArrayExtrasType.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExtrasType {
    Object,
    Array,
    ArrayExtras,
}

/// The inspection state (Node's `ctx`).
pub(crate) struct Ctx {
    opts: InspectOptions,
    indentation_lvl: usize,
    seen: Vec<ObjId>,
    /// Objects found to be circular, in the order they got their `*n` index.
    circular: Vec<ObjId>,
    current_depth: usize,
    /// Node's `typedArray` argument of formatValue: the value is a typed array's `buffer`
    /// shown among its hidden properties (an ArrayBuffer then shows only its byteLength).
    typed_array: bool,
}

/// Formats a value as `util.inspect(v)` does; exceptions thrown by user code during the
/// inspection give a plain fallback.
pub fn inspect(vm: &mut Vm, v: Value) -> String {
    match inspect_with(vm, v, InspectOptions::default()) {
        Ok(s) => s,
        Err(_) => match v {
            Value::Object(_) => "[object]".into(),
            _ => format_primitive_plain(vm, v),
        },
    }
}

/// `util.inspect(v, opts)`.
pub fn inspect_with(vm: &mut Vm, v: Value, opts: InspectOptions) -> JsResult<String> {
    let roots = vm.roots.len();
    let mut ctx =
        Ctx { opts, indentation_lvl: 0, seen: Vec::new(), circular: Vec::new(), current_depth: 0, typed_array: false };
    let r = format_value(vm, &mut ctx, v, 0);
    vm.roots.truncate(roots);
    Ok(r?.into_string())
}

/// A primitive formatted as inside a container (strings quoted).
pub fn format_primitive_plain(vm: &Vm, v: Value) -> String {
    let ctx = Ctx {
        opts: InspectOptions::default(),
        indentation_lvl: 0,
        seen: Vec::new(),
        circular: Vec::new(),
        current_depth: 0,
        typed_array: false,
    };
    format_primitive(vm, &ctx, v)
}

/// `String(v)`: like ToString but symbols give their descriptive string.
pub(crate) fn js_string(vm: &mut Vm, v: Value) -> JsResult<String> {
    match v {
        Value::Symbol(s) => Ok(super::symbol::descriptive_string(vm, s)),
        _ => vm.to_rust_string(v),
    }
}

fn key_units(vm: &Vm, k: PropertyKey) -> Vec<u16> {
    match k {
        PropertyKey::Index(i) => i.to_string().encode_utf16().collect(),
        PropertyKey::String(s) => vm.heap.str(s).to_vec(),
        PropertyKey::Symbol(s) => super::symbol::descriptive_string(vm, s).encode_utf16().collect(),
    }
}

fn remaining_text(n: u64) -> String {
    format!("... {n} more item{}", if n > 1 { "s" } else { "" })
}

/// formatPrimitive: strings are quoted (and split after line feeds when long), numbers keep
/// the sign of -0.
fn format_primitive(vm: &Vm, ctx: &Ctx, v: Value) -> String {
    match v {
        Value::String(s) => {
            let all = vm.heap.str(s);
            let mut trailer = String::new();
            let units = if all.len() > ctx.opts.max_string_length {
                let remaining = all.len() - ctx.opts.max_string_length;
                trailer = format!("... {remaining} more character{}", if remaining > 1 { "s" } else { "" });
                &all[..ctx.opts.max_string_length]
            } else {
                all
            };
            let o = &ctx.opts;
            if ctx.opts.compact != COMPACT_TRUE
                && units.len() > 16
                && units.len() as isize > ctx.opts.break_length as isize - ctx.indentation_lvl as isize - 4
            {
                let sep = format!(" +\n{}", " ".repeat(ctx.indentation_lvl + 2));
                let parts: Vec<String> = text::split_after_newlines(units)
                    .into_iter()
                    .map(|line| stylize(o, &str_escape(line), Style::String))
                    .collect();
                return parts.join(&sep) + &trailer;
            }
            stylize(o, &str_escape(units), Style::String) + &trailer
        }
        Value::Number(n) if ctx.opts.numeric_separator => {
            stylize(&ctx.opts, &text::format_number_separated(n), Style::Number)
        }
        Value::Number(n) => stylize(&ctx.opts, &text::format_number(n), Style::Number),
        Value::Bool(b) => stylize(&ctx.opts, &b.to_string(), Style::Number),
        Value::Null => stylize(&ctx.opts, "null", Style::Null),
        Value::Symbol(s) => stylize(&ctx.opts, &super::symbol::descriptive_string(vm, s), Style::String),
        Value::BigInt(b) if ctx.opts.numeric_separator => stylize(
            &ctx.opts,
            &format!("{}n", text::add_numerical_separator(&vm.bigint_to_string(b, 10))),
            Style::Number,
        ),
        Value::BigInt(b) => stylize(&ctx.opts, &format!("{}n", vm.bigint_to_string(b, 10)), Style::Number),
        Value::Undefined | Value::Empty | Value::Env(_) | Value::Object(_) => {
            stylize(&ctx.opts, "undefined", Style::Undefined)
        }
    }
}

/// How many objects the inspector formats inside one another. Node has no such constant:
/// its formatValue recursion goes on until V8's stack (about 1 MB) runs out, then formatRaw
/// catches the RangeError and prints the object it was formatting as "[Array: Inspection
/// interrupted prematurely. …]". Where that happens depends on the shape and on JIT
/// tiering (Node 20 at top level: `[[[…]]]` about 800 levels, `[1, [1, […]]]` about 1 700);
/// a fixed nesting limit gives the same output at a reproducible depth, and keeps the
/// output of a deep chain (quadratic in its depth: each level is indented) bounded.
const MAX_NESTING: usize = 1000;

/// Node's isStackOverflowError: whether `err` has the name and message of the error a
/// stack overflow throws. A terminating VM (deadline, step limit) is never caught.
fn is_stack_overflow_error(vm: &mut Vm, err: Value) -> JsResult<bool> {
    if vm.terminating.is_some() || err.is_nullish() {
        return Ok(false);
    }
    let Value::Object(_) = err else {
        return Ok(false);
    };
    let name = vm.get_value_prop(err, PropertyKey::String(vm.names.name))?;
    let message = vm.get_value_prop(err, PropertyKey::String(vm.names.message))?;
    let is = |vm: &Vm, v: Value, text: &str| match v {
        Value::String(s) => vm.heap.str(s).iter().copied().eq(text.encode_utf16()),
        _ => false,
    };
    Ok(is(vm, name, "RangeError") && is(vm, message, "Maximum call stack size exceeded"))
}

/// formatValue: primitives, custom inspection, circular references, then formatRaw.
fn format_value(vm: &mut Vm, ctx: &mut Ctx, v: Value, recurse_times: usize) -> JsResult<Text> {
    let Value::Object(mut o) = v else {
        return Ok(format_primitive(vm, ctx, v).into());
    };
    vm.root(v);
    // A proxy is shown as its target, without running any trap (Node: showProxy false).
    if let ObjectKind::Proxy(p) = &vm.obj(o).kind {
        match p.target {
            Some(t) => o = t,
            None => return Ok("<Revoked Proxy>".into()),
        }
    }
    if ctx.opts.custom_inspect
        && let Some(s) = custom_inspect(vm, ctx, o, recurse_times)?
    {
        return Ok(s);
    }
    if ctx.seen.contains(&o) {
        let index = match ctx.circular.iter().position(|&c| c == o) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(o);
                ctx.circular.len()
            }
        };
        return Ok(stylize(&ctx.opts, &format!("[Circular *{index}]"), Style::Special).into());
    }
    // Nesting grows the Rust stack, not the inspector's own limit (see format_raw).
    stacker::maybe_grow(64 << 10, 2 << 20, || format_raw(vm, ctx, o, recurse_times))
}

/// The symbol registered as `Symbol.for('nodejs.util.inspect.custom')`, if a script made it.
fn custom_inspect_symbol(vm: &mut Vm) -> Option<SymId> {
    if vm.symbol_registry.is_empty() {
        return None;
    }
    let k = vm.heap.intern_str("nodejs.util.inspect.custom");
    vm.symbol_registry.get(&k).copied()
}

/// Calls `value[inspect.custom](depth, options, inspect)` like Node does.
fn custom_inspect(vm: &mut Vm, ctx: &mut Ctx, o: ObjId, recurse_times: usize) -> JsResult<Option<Text>> {
    let Some(sym) = custom_inspect_symbol(vm) else {
        return Ok(None);
    };
    let this = Value::Object(o);
    let f = vm.get(o, PropertyKey::Symbol(sym), this)?;
    if !vm.is_callable(f) {
        return Ok(None);
    }
    vm.root(f);
    // Filter out prototype objects (`value.constructor.prototype === value`).
    let c = vm.get(o, PropertyKey::String(vm.names.constructor), this)?;
    if vm.to_boolean(c) {
        let p = vm.get_value_prop(c, PropertyKey::String(vm.names.prototype))?;
        if p == this {
            return Ok(None);
        }
    }
    let depth =
        if ctx.opts.depth.is_finite() { Value::Number(ctx.opts.depth - recurse_times as f64) } else { Value::Null };
    let options = options_object(vm, &ctx.opts);
    vm.root(options);
    let inspect_fn = vm.inspect_function();
    let ret = vm.call(f, this, &[depth, options, inspect_fn])?;
    if ret == this {
        return Ok(None);
    }
    vm.root(ret);
    if let Value::String(s) = ret {
        let text = vm.rust_string(s);
        return Ok(Some(text.replace('\n', &format!("\n{}", " ".repeat(ctx.indentation_lvl))).into()));
    }
    Ok(Some(format_value(vm, ctx, ret, recurse_times)?))
}

/// The options object handed to custom inspection functions.
fn options_object(vm: &mut Vm, o: &InspectOptions) -> Value {
    let proto = vm.intrinsics().object_prototype;
    let obj = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    let num = |n: usize| Value::Number(n as f64);
    let depth = if o.depth.is_finite() { Value::Number(o.depth) } else { Value::Null };
    let fields = [
        ("showHidden", Value::Bool(o.show_hidden)),
        ("depth", depth),
        ("colors", Value::Bool(o.colors)),
        ("customInspect", Value::Bool(o.custom_inspect)),
        ("showProxy", Value::Bool(false)),
        ("maxArrayLength", num(o.max_array_length)),
        ("maxStringLength", num(o.max_string_length)),
        ("breakLength", num(o.break_length)),
        (
            "compact",
            match o.compact {
                0 => Value::Bool(false),
                COMPACT_TRUE => Value::Bool(true),
                n => num(n),
            },
        ),
        ("sorted", Value::Bool(o.sorted)),
        (
            "getters",
            match o.getters {
                Getters::None => Value::Bool(false),
                Getters::All => Value::Bool(true),
                Getters::GetOnly => vm.string("get"),
                Getters::WithSetter => vm.string("set"),
            },
        ),
        ("numericSeparator", Value::Bool(false)),
    ];
    for (name, v) in fields {
        vm.def_value(obj, name, v, DEFAULT_ATTRS);
    }
    let stylize = vm.new_native("stylize", 2, stylize_native, false);
    vm.def_value(obj, "stylize", Value::Object(stylize), DEFAULT_ATTRS);
    Value::Object(obj)
}

fn stylize_native(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(super::arg(args, 0))?;
    Ok(Value::String(s))
}

/// Reads inspect options from an options object (the subset the engine supports).
pub fn read_options(vm: &mut Vm, v: Value, mut opts: InspectOptions) -> JsResult<InspectOptions> {
    let Value::Object(o) = v else { return Ok(opts) };
    let num = |vm: &mut Vm, name: &str| -> JsResult<Option<Value>> {
        let x = vm.get_str(o, name)?;
        Ok(if x.is_undefined() { None } else { Some(x) })
    };
    if let Some(d) = num(vm, "depth")? {
        opts.depth = match d {
            Value::Null => f64::INFINITY,
            Value::Number(n) => n,
            _ => opts.depth,
        };
    }
    if let Some(x) = num(vm, "showHidden")? {
        opts.show_hidden = vm.to_boolean(x);
    }
    if let Some(x) = num(vm, "sorted")? {
        opts.sorted = vm.to_boolean(x);
    }
    if let Some(x) = num(vm, "colors")? {
        opts.colors = vm.to_boolean(x);
    }
    if let Some(x) = num(vm, "numericSeparator")? {
        opts.numeric_separator = vm.to_boolean(x);
    }
    if let Some(x) = num(vm, "getters")? {
        opts.getters = match x {
            Value::String(s) if vm.heap.str(s) == "get".encode_utf16().collect::<Vec<_>>().as_slice() => {
                Getters::GetOnly
            }
            Value::String(s) if vm.heap.str(s) == "set".encode_utf16().collect::<Vec<_>>().as_slice() => {
                Getters::WithSetter
            }
            x if vm.to_boolean(x) => Getters::All,
            _ => Getters::None,
        };
    }
    if let Some(x) = num(vm, "customInspect")? {
        opts.custom_inspect = vm.to_boolean(x);
    }
    if let Some(Value::Number(n)) = num(vm, "breakLength")? {
        opts.break_length = if n.is_finite() { n.max(0.0) as usize } else { usize::MAX / 4 };
    }
    if let Some(x) = num(vm, "compact")? {
        opts.compact = match x {
            Value::Number(n) => n.max(0.0) as usize,
            Value::Bool(false) => 0,
            Value::Bool(true) => COMPACT_TRUE,
            _ => opts.compact,
        };
    }
    for (name, slot) in
        [("maxArrayLength", &mut opts.max_array_length), ("maxStringLength", &mut opts.max_string_length)]
    {
        match num(vm, name)? {
            Some(Value::Null) => *slot = usize::MAX / 4,
            Some(Value::Number(n)) => *slot = if n.is_finite() { n.max(0.0) as usize } else { usize::MAX / 4 },
            _ => {}
        }
    }
    Ok(opts)
}

/// `util.inspect(value, options)`, or the legacy `inspect(value, showHidden, depth)`:
/// the function handed to custom inspection functions, and the runtime's `util.inspect`.
fn inspect_native(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut opts = InspectOptions::default();
    match super::arg(args, 1) {
        Value::Object(_) => opts = read_options(vm, super::arg(args, 1), opts)?,
        Value::Undefined => {}
        show_hidden => {
            opts.show_hidden = vm.to_boolean(show_hidden);
            match super::arg(args, 2) {
                Value::Null => opts.depth = f64::INFINITY,
                Value::Number(n) => opts.depth = n,
                _ => {}
            }
        }
    }
    let s = inspect_with(vm, super::arg(args, 0), opts)?;
    Ok(vm.string(&s))
}

impl Vm {
    /// The agent's `inspect` function (one object, so a custom inspection function's third
    /// argument is `util.inspect` itself), made on first use.
    pub fn inspect_function(&mut self) -> Value {
        if let Some(held) = self.inspect_fn {
            return self.persistent(held);
        }
        let f = Value::Object(self.new_native("inspect", 2, inspect_native, false));
        self.inspect_fn = Some(self.persist(f));
        f
    }
}

/// The V8 class name of an object (util binding `getConstructorName`), used when no
/// constructor is found on the prototype chain.
fn internal_constructor_name(vm: &Vm, o: ObjId) -> &'static str {
    match vm.obj(o).kind {
        ObjectKind::Array { .. } => "Array",
        ObjectKind::Function(_) | ObjectKind::Native { .. } | ObjectKind::Bound(_) => "Function",
        ObjectKind::Error => "Error",
        ObjectKind::NumberBox(_) => "Number",
        ObjectKind::StringBox(_) => "String",
        ObjectKind::BooleanBox(_) => "Boolean",
        ObjectKind::SymbolBox(_) => "Symbol",
        _ => "Object",
    }
}

/// OrdinaryHasInstance with a known prototype: whether `target` is on `o`'s prototype chain.
fn proto_chain_contains(vm: &mut Vm, o: ObjId, target: ObjId) -> JsResult<bool> {
    let mut cur = vm.get_prototype_of(o)?;
    while let Some(p) = cur {
        if p == target {
            return Ok(true);
        }
        cur = vm.get_prototype_of(p)?;
    }
    Ok(false)
}

/// `object instanceof proto`, with exceptions counting as false.
fn is_instanceof(vm: &mut Vm, o: ObjId, f: Value) -> JsResult<bool> {
    match vm.instance_of(Value::Object(o), f) {
        Ok(b) => Ok(b),
        Err(e) if vm.terminating.is_some() => Err(e),
        Err(_) => Ok(false),
    }
}

/// Whether `name` is one of the global built-in constructors/namespaces (Node's
/// `builtInObjects`: global names matching `/^[A-Z][a-zA-Z0-9]+$/`).
fn is_builtin_name(vm: &mut Vm, name: &str) -> bool {
    let mut chars = name.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase())
        || name.len() < 2
        || !chars.all(|c| c.is_ascii_alphanumeric())
    {
        return false;
    }
    let g = vm.global_object();
    let k = vm.key_str(name);
    vm.own_property(g, k).is_some()
}

/// The `name` of a function value as `String(f.name)`, or None when it is not a function.
fn function_name(vm: &mut Vm, f: Value) -> JsResult<Option<String>> {
    let Value::Object(fo) = f else {
        return Ok(None);
    };
    if !vm.obj(fo).is_callable() {
        return Ok(None);
    }
    let n = vm.get(fo, PropertyKey::String(vm.names.name), f)?;
    Ok(Some(js_string(vm, n)?))
}

/// getConstructorName: the name of the first `constructor` on the prototype chain that the
/// object is an instance of; None for null-prototype objects.
fn get_constructor_name(
    vm: &mut Vm,
    ctx: &mut Ctx,
    o: ObjId,
    recurse_times: usize,
    mut proto_props: Option<&mut Vec<Text>>,
) -> JsResult<Option<String>> {
    // `None` = not yet set (JS undefined); `Some(None)` = null.
    let mut first_proto: Option<Option<ObjId>> = None;
    let (op, fp) = (vm.intrinsics().object_prototype, vm.intrinsics().function_prototype);
    let mut cur = Some(o);
    while let Some(obj) = cur {
        // Object.prototype and Function.prototype are recognised even when their
        // `constructor` property was tampered with.
        if (obj == op || obj == fp) && proto_chain_contains(vm, o, obj)? {
            if let Some(pp) = proto_props.as_deref_mut()
                && first_proto != Some(Some(obj))
            {
                add_prototype_properties(vm, ctx, o, first_proto.flatten().unwrap_or(o), recurse_times, pp)?;
            }
            return Ok(Some(if obj == op { "Object" } else { "Function" }.into()));
        }
        if let Some(desc) = vm.get_own_property(obj, PropertyKey::String(vm.names.constructor))?
            && let Some(f) = desc.value
            && let Some(name) = function_name(vm, f)?
            && !name.is_empty()
            && is_instanceof(vm, o, f)?
        {
            if let Some(pp) = proto_props.as_deref_mut()
                && (first_proto != Some(Some(obj)) || !is_builtin_name(vm, &name))
            {
                add_prototype_properties(vm, ctx, o, first_proto.flatten().unwrap_or(o), recurse_times, pp)?;
            }
            return Ok(Some(name));
        }
        cur = vm.get_prototype_of(obj)?;
        if first_proto.is_none() {
            first_proto = Some(cur);
        }
    }
    let Some(Some(first)) = first_proto else {
        return Ok(None);
    };
    let res = internal_constructor_name(vm, o);
    if recurse_times as f64 > ctx.opts.depth {
        return Ok(Some(format!("{res} <Complex prototype>")));
    }
    match get_constructor_name(vm, ctx, first, recurse_times + 1, proto_props)? {
        Some(p) => Ok(Some(format!("{res} <{p}>"))),
        None => {
            let opts = InspectOptions { depth: -1.0, custom_inspect: false, ..ctx.opts };
            let s = inspect_with(vm, Value::Object(first), opts)?;
            Ok(Some(format!("{res} <{s}>")))
        }
    }
}

/// addPrototypeProperties (showHidden only): lists the non-function properties user code
/// defined on up to three prototype levels.
fn add_prototype_properties(
    vm: &mut Vm,
    ctx: &mut Ctx,
    main: ObjId,
    mut obj: ObjId,
    recurse_times: usize,
    output: &mut Vec<Text>,
) -> JsResult<()> {
    let mut depth = 0;
    let mut keys: Vec<PropertyKey> = Vec::new();
    let mut key_set: Vec<PropertyKey> = Vec::new();
    loop {
        if depth != 0 || main == obj {
            match vm.get_prototype_of(obj)? {
                None => return Ok(()),
                Some(p) => obj = p,
            }
            // Stop as soon as a built-in object type is reached.
            if let Some(desc) = vm.get_own_property(obj, PropertyKey::String(vm.names.constructor))?
                && let Some(f) = desc.value
                && let Some(name) = function_name(vm, f)?
                && is_builtin_name(vm, &name)
            {
                return Ok(());
            }
        }
        if depth == 0 {
            key_set.clear();
        } else {
            key_set.append(&mut keys);
        }
        keys = vm.own_property_keys(obj)?;
        ctx.seen.push(main);
        for &k in &keys {
            if k == PropertyKey::String(vm.names.constructor)
                || vm.get_own_property(main, k)?.is_some()
                || (depth != 0 && key_set.contains(&k))
            {
                continue;
            }
            let Some(desc) = vm.get_own_property(obj, k)? else {
                continue;
            };
            if desc.value.is_some_and(|v| vm.is_callable(v)) {
                continue;
            }
            let s = format_property(vm, ctx, obj, recurse_times, k, ExtrasType::Object, Some(desc))?;
            output.push(s);
        }
        ctx.seen.pop();
        depth += 1;
        if depth == 3 {
            return Ok(());
        }
    }
}

/// getPrefix: `Foo [tag] `, `[Object: null prototype] ` and friends.
fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None => {
            if !tag.is_empty() && fallback != tag {
                format!("[{fallback}{size}: null prototype] [{tag}] ")
            } else {
                format!("[{fallback}{size}: null prototype] ")
            }
        }
        Some(c) => {
            if !tag.is_empty() && c != tag {
                format!("{c}{size} [{tag}] ")
            } else {
                format!("{c}{size} ")
            }
        }
    }
}

/// getCtxStyle: the prefix with the V8 class name as fallback for null prototypes.
fn get_ctx_style(vm: &Vm, o: ObjId, constructor: Option<&str>, tag: &str) -> String {
    let mut fallback = "";
    if constructor.is_none() {
        fallback = internal_constructor_name(vm, o);
        if fallback == tag {
            fallback = "Object";
        }
    }
    get_prefix(constructor, tag, fallback, "")
}

/// getKeys: own enumerable string keys (Object.keys order) then enumerable symbols; every own
/// key with showHidden. `skip_indices` gives getOwnNonIndexProperties (arrays).
fn get_keys(vm: &mut Vm, o: ObjId, show_hidden: bool, skip_indices: bool) -> JsResult<Vec<PropertyKey>> {
    let all = vm.own_property_keys(o)?;
    let mut strings = Vec::new();
    let mut symbols = Vec::new();
    for k in all {
        if skip_indices && matches!(k, PropertyKey::Index(_)) {
            continue;
        }
        let visible = show_hidden || vm.get_own_property(o, k)?.is_some_and(|d| d.enumerable == Some(true));
        if !visible {
            continue;
        }
        match k {
            PropertyKey::Symbol(_) => symbols.push(k),
            _ => strings.push(k),
        }
    }
    strings.extend(symbols);
    Ok(strings)
}

/// The `Symbol.toStringTag` to show: only a non-empty string that is not an own enumerable
/// property (which would be printed anyway).
fn get_tag(vm: &mut Vm, ctx: &Ctx, o: ObjId) -> JsResult<String> {
    let k = PropertyKey::Symbol(vm.sym.to_string_tag);
    let t = vm.get(o, k, Value::Object(o))?;
    let Value::String(s) = t else {
        return Ok(String::new());
    };
    let tag = vm.rust_string(s);
    if tag.is_empty() {
        return Ok(tag);
    }
    let own = vm.get_own_property(o, k)?;
    let hide = if ctx.opts.show_hidden { own.is_some() } else { own.is_some_and(|d| d.enumerable == Some(true)) };
    Ok(if hide { String::new() } else { tag })
}

fn array_length(vm: &Vm, o: ObjId) -> u64 {
    match vm.obj(o).kind {
        ObjectKind::Array { length, .. } => length as u64,
        _ => 0,
    }
}

/// formatRaw: chooses braces, base and keys by the kind of object, formats the entries and
/// joins them.
fn format_raw(vm: &mut Vm, ctx: &mut Ctx, o: ObjId, recurse_times: usize) -> JsResult<Text> {
    let typed_array = std::mem::take(&mut ctx.typed_array);
    let mut proto_props: Option<Vec<Text>> =
        if ctx.opts.show_hidden && recurse_times as f64 <= ctx.opts.depth { Some(Vec::new()) } else { None };
    let constructor = get_constructor_name(vm, ctx, o, recurse_times, proto_props.as_mut())?;
    if proto_props.as_ref().is_some_and(Vec::is_empty) {
        proto_props = None;
    }
    let ctor = constructor.as_deref();
    let tag = get_tag(vm, ctx, o)?;
    let mut base = String::new();
    let mut braces = (String::from("{"), String::from("}"));
    let mut extras = ExtrasType::Object;
    let mut array_formatter = false;
    // Some(is_set) for Map and Set contents.
    let mut collection_formatter: Option<bool> = None;
    let mut weak_collection = false;
    let mut iterator_formatter = false;
    let mut promise_formatter = false;
    let mut generator_formatter = false;
    // Some(length) for a typed array's elements (formatTypedArray).
    let mut typed_array_formatter: Option<usize> = None;
    let mut array_buffer_formatter = false;
    let no_props = |keys: &Vec<PropertyKey>, pp: &Option<Vec<Text>>| keys.is_empty() && pp.is_none();

    let mut keys = Vec::new();
    let mut no_iterator = true;
    if ctor.is_none() || vm.has_property(o, PropertyKey::Symbol(vm.sym.iterator))? {
        no_iterator = false;
        if vm.obj(o).is_array() {
            let len = array_length(vm, o);
            // Only ordinary arrays go without a prefix ("Foo(2) [ ... ]" otherwise).
            let prefix = if ctor != Some("Array") || !tag.is_empty() {
                get_prefix(ctor, &tag, "Array", &format!("({len})"))
            } else {
                String::new()
            };
            keys = get_keys(vm, o, ctx.opts.show_hidden, true)?;
            braces = (format!("{prefix}["), "]".into());
            if len == 0 && no_props(&keys, &proto_props) {
                return Ok(format!("{}]", braces.0).into());
            }
            extras = ExtrasType::ArrayExtras;
            array_formatter = true;
        } else if let ObjectKind::TypedArray(t) = &vm.obj(o).kind {
            // formatRaw's isTypedArray branch: `Uint8Array(n) [`, the element type as the
            // fallback name for a null prototype.
            let fallback = if ctor.is_none() { t.ty.name() } else { "" };
            let size = vm.typed_array_length_of(o).unwrap_or(0);
            keys = get_keys(vm, o, ctx.opts.show_hidden, true)?;
            let prefix = get_prefix(ctor, &tag, fallback, &format!("({size})"));
            braces = (format!("{prefix}["), "]".into());
            if size == 0 && keys.is_empty() && !ctx.opts.show_hidden {
                return Ok(format!("{}]", braces.0).into());
            }
            typed_array_formatter = Some(size);
            extras = ExtrasType::ArrayExtras;
        } else if let ObjectKind::Map(t) | ObjectKind::Set(t) = &vm.obj(o).kind {
            // formatRaw's isSet / isMap branches: `Set(n) {` / `Map(n) {`.
            let is_set = matches!(vm.obj(o).kind, ObjectKind::Set(_));
            let size = t.len();
            let prefix = get_prefix(ctor, &tag, if is_set { "Set" } else { "Map" }, &format!("({size})"));
            keys = get_keys(vm, o, ctx.opts.show_hidden, false)?;
            if size == 0 && no_props(&keys, &proto_props) {
                return Ok(format!("{prefix}{{}}").into());
            }
            braces = (format!("{prefix}{{"), "}".into());
            collection_formatter = Some(is_set);
        } else if let ObjectKind::CollectionIterator { set, .. } = vm.obj(o).kind {
            // formatRaw's isMapIterator / isSetIterator branches (getIteratorBraces).
            keys = get_keys(vm, o, ctx.opts.show_hidden, false)?;
            let kind = if set { "Set Iterator" } else { "Map Iterator" };
            let tag = if tag == kind {
                tag.clone()
            } else if tag.is_empty() {
                kind.to_string()
            } else {
                format!("{tag}] [{kind}")
            };
            braces = (format!("[{tag}] {{"), "}".into());
            iterator_formatter = true;
        } else {
            no_iterator = true;
        }
    }
    if no_iterator {
        keys = get_keys(vm, o, ctx.opts.show_hidden, false)?;
        let kind = &vm.obj(o).kind;
        let is_arguments = matches!(kind, ObjectKind::Arguments(_));
        // Node's isError: a native error, or any object that is `instanceof Error`.
        let is_error = matches!(kind, ObjectKind::Error) || {
            let error_prototype = vm.intrinsics().error_prototype;
            proto_chain_contains(vm, o, error_prototype)?
        };
        let kind = &vm.obj(o).kind;
        let is_boxed = matches!(
            kind,
            ObjectKind::NumberBox(_)
                | ObjectKind::StringBox(_)
                | ObjectKind::BooleanBox(_)
                | ObjectKind::SymbolBox(_)
                | ObjectKind::BigIntBox(_)
        );
        if vm.obj(o).is_callable() {
            base = get_function_base(vm, o, ctor, &tag)?;
            if no_props(&keys, &proto_props) {
                return Ok(stylize(&ctx.opts, &base, Style::Special).into());
            }
        } else if matches!(vm.obj(o).kind, ObjectKind::ModuleNamespace(_)) {
            // formatRaw's isModuleNamespaceObject branch.
            braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Module", ""));
            if no_props(&keys, &proto_props) {
                return Ok(format!("{}}}", braces.0).into());
            }
        } else if vm.options.show_state && vm.inspect_generator(o).is_some() {
            // Spindle's `--show-state`: the generator's state as the first entry.
            braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Object", ""));
            generator_formatter = true;
        } else if ctor == Some("Object") {
            if is_arguments {
                braces.0 = "[Arguments] {".into();
            } else if !tag.is_empty() {
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Object", ""));
            }
            if no_props(&keys, &proto_props) {
                return Ok(format!("{}}}", braces.0).into());
            }
        } else if let Some(re) = crate::builtins::regexp::regexp_display(vm, o) {
            // formatRaw's isRegExp branch: `/source/flags`.
            base = re;
            if no_props(&keys, &proto_props) {
                return Ok(stylize(&ctx.opts, &base, Style::RegExp).into());
            }
        } else if let ObjectKind::Date(t) = vm.obj(o).kind {
            // formatRaw's isDate branch: the ISO form, or toString's "Invalid Date".
            base = crate::builtins::date::iso_string(t).unwrap_or_else(|| "Invalid Date".to_string());
            let prefix = get_prefix(ctor, &tag, "Date", "");
            if prefix != "Date " {
                base = format!("{prefix}{base}");
            }
            if no_props(&keys, &proto_props) {
                return Ok(stylize(&ctx.opts, &base, Style::Date).into());
            }
        } else if matches!(vm.obj(o).kind, ObjectKind::Promise(_)) {
            // formatRaw's isPromise branch (formatPromise).
            braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Promise", ""));
            promise_formatter = true;
        } else if matches!(vm.obj(o).kind, ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_)) {
            // formatWeakCollection: contents are not shown.
            let is_set = matches!(vm.obj(o).kind, ObjectKind::WeakSet(_));
            braces.0 = format!("{}{{", get_prefix(ctor, &tag, if is_set { "WeakSet" } else { "WeakMap" }, ""));
            weak_collection = true;
        } else if is_error {
            base = error::format_error(vm, ctx, o, ctor, &tag, &mut keys)?;
            if no_props(&keys, &proto_props) {
                return Ok(base.into());
            }
        } else if let ObjectKind::ArrayBuffer(_) | ObjectKind::SharedArrayBuffer(_) = vm.obj(o).kind {
            // formatRaw's isAnyArrayBuffer branch: the contents, then `byteLength`.
            let shared = matches!(vm.obj(o).kind, ObjectKind::SharedArrayBuffer(_));
            let prefix = get_prefix(ctor, &tag, if shared { "SharedArrayBuffer" } else { "ArrayBuffer" }, "");
            if !typed_array {
                array_buffer_formatter = true;
            } else if no_props(&keys, &proto_props) {
                let len = text::format_number(vm.buffer_byte_length(o) as f64);
                return Ok(format!("{prefix}{{ byteLength: {len} }}").into());
            }
            braces.0 = format!("{prefix}{{");
            keys.insert(0, vm.key_str("byteLength"));
        } else if matches!(vm.obj(o).kind, ObjectKind::DataView(_)) {
            // formatRaw's isDataView branch: `.buffer` goes last, it is not a primitive.
            braces.0 = format!("{}{{", get_prefix(ctor, &tag, "DataView", ""));
            let front = ["byteLength", "byteOffset", "buffer"].map(|k| vm.key_str(k));
            keys.splice(0..0, front);
        } else if is_boxed {
            base = get_boxed_base(vm, ctx, o, &mut keys, ctor, &tag);
            if no_props(&keys, &proto_props) {
                return Ok(base.into());
            }
        } else {
            let style = get_ctx_style(vm, o, ctor, &tag);
            if no_props(&keys, &proto_props) {
                return Ok(format!("{style}{{}}").into());
            }
            braces.0 = format!("{style}{{");
        }
    }

    if recurse_times as f64 > ctx.opts.depth {
        let style = get_ctx_style(vm, o, ctor, &tag);
        let name = &style[..style.len() - 1];
        let marker = if ctor.is_some() { format!("[{name}]") } else { name.to_string() };
        return Ok(stylize(&ctx.opts, &marker, Style::Special).into());
    }
    let recurse_times = recurse_times + 1;
    ctx.seen.push(o);
    ctx.current_depth = recurse_times;
    let indentation_lvl = ctx.indentation_lvl;
    let mut entries = || -> JsResult<Vec<Text>> {
        if ctx.seen.len() > MAX_NESTING {
            return Err(vm.range_error("Maximum call stack size exceeded"));
        }
        let mut output = if array_formatter {
            format_array(vm, ctx, o, recurse_times)?
        } else if let Some(is_set) = collection_formatter {
            format_collection(vm, ctx, o, recurse_times, is_set)?
        } else if weak_collection {
            vec!["<items unknown>".into()]
        } else if iterator_formatter {
            format_iterator(vm, ctx, o, recurse_times, &mut braces.0)?
        } else if let Some(length) = typed_array_formatter {
            binary::format_typed_array(vm, ctx, o, length, recurse_times)?
        } else if array_buffer_formatter {
            binary::format_array_buffer(vm, ctx, o)
        } else if promise_formatter {
            format_promise(vm, ctx, o, recurse_times)?
        } else if generator_formatter {
            format_generator_state(vm, ctx, o)
        } else {
            Vec::new()
        };
        for &k in &keys {
            let s = format_property(vm, ctx, o, recurse_times, k, extras, None)?;
            output.push(s);
        }
        Ok(output)
    };
    let mut output = match entries() {
        Ok(output) => output,
        // handleMaxCallStackSize: this object's entries ran out of stack; it shows as a
        // marker and the inspection of its parents goes on.
        Err(e) if is_stack_overflow_error(vm, e)? => {
            ctx.seen.pop();
            ctx.indentation_lvl = indentation_lvl;
            let style = get_ctx_style(vm, o, ctor, &tag);
            let name = &style[..style.len() - 1];
            return Ok(
                format!("[{name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]").into()
            );
        }
        Err(e) => return Err(e),
    };
    if let Some(pp) = proto_props {
        output.extend(pp);
    }
    if let Some(i) = ctx.circular.iter().position(|&c| c == o) {
        let reference = stylize(&ctx.opts, &format!("<ref *{}>", i + 1), Style::Special);
        base = if base.is_empty() { reference } else { format!("{reference} {base}") };
    }
    ctx.seen.pop();
    if ctx.opts.sorted {
        let from = if extras == ExtrasType::Object { 0 } else { output.len().saturating_sub(keys.len()) };
        if extras == ExtrasType::Object || keys.len() > 1 {
            let mut tail: Vec<Vec<u16>> =
                output.split_off(from).into_iter().map(|t| t.into_string().encode_utf16().collect()).collect();
            tail.sort();
            output.extend(tail.into_iter().map(|u| Text::from(String::from_utf16_lossy(&u))));
        }
    }
    layout::reduce_to_single_string(vm, ctx, output, &base, (&braces.0, &braces.1), extras, recurse_times, Some(o))
}

/// getFunctionBase: `[Function: name]`, `[class A extends B]` and their decorations.
fn get_function_base(vm: &mut Vm, o: ObjId, constructor: Option<&str>, tag: &str) -> JsResult<String> {
    if let ObjectKind::Function(fd) = &vm.obj(o).kind
        && fd.is_class_constructor
    {
        return get_class_base(vm, o, constructor, tag);
    }
    let kind = match &vm.obj(o).kind {
        ObjectKind::Function(fd) => match fd.code.body {
            BodyKind::Normal => "Function",
            BodyKind::Generator => "GeneratorFunction",
            BodyKind::Async => "AsyncFunction",
            BodyKind::AsyncGenerator => "AsyncGeneratorFunction",
        },
        _ => "Function",
    };
    let mut base = format!("[{kind}");
    if constructor.is_none() {
        base.push_str(" (null prototype)");
    }
    let name = vm.get(o, PropertyKey::String(vm.names.name), Value::Object(o))?;
    if matches!(name, Value::String(s) if vm.heap.str(s).is_empty()) {
        base.push_str(" (anonymous)");
    } else {
        let n = vm.to_rust_string(name)?;
        base.push_str(": ");
        base.push_str(&n);
    }
    base.push(']');
    if let Some(c) = constructor
        && c != kind
    {
        base.push(' ');
        base.push_str(c);
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    Ok(base)
}

/// getClassBase: `[class Name extends Base]`.
fn get_class_base(vm: &mut Vm, o: ObjId, constructor: Option<&str>, tag: &str) -> JsResult<String> {
    let name_key = PropertyKey::String(vm.names.name);
    let mut name = String::from("(anonymous)");
    if vm.get_own_property(o, name_key)?.is_some() {
        let n = vm.get(o, name_key, Value::Object(o))?;
        if vm.to_boolean(n) {
            name = vm.to_rust_string(n)?;
        }
    }
    let mut base = format!("class {name}");
    if let Some(c) = constructor
        && c != "Function"
    {
        base.push_str(&format!(" [{c}]"));
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    if constructor.is_some() {
        if let Some(p) = vm.get_prototype_of(o)? {
            let super_name = vm.get(p, name_key, Value::Object(p))?;
            if vm.to_boolean(super_name) {
                let s = vm.to_rust_string(super_name)?;
                base.push_str(&format!(" extends {s}"));
            }
        }
    } else {
        base.push_str(" extends [null prototype]");
    }
    Ok(format!("[{base}]"))
}

/// getBoxedBase: `[Number: 1]`, `[String (Foo): 'x']`, `[Boolean (null prototype): true]`.
fn get_boxed_base(
    vm: &Vm,
    ctx: &Ctx,
    o: ObjId,
    keys: &mut Vec<PropertyKey>,
    constructor: Option<&str>,
    tag: &str,
) -> String {
    let (ty, prim) = match vm.obj(o).kind {
        ObjectKind::NumberBox(n) => ("Number", Value::Number(n)),
        ObjectKind::StringBox(s) => {
            // The index keys of a String object only repeat its value.
            let n = vm.heap.str(s).len().min(keys.len());
            keys.drain(..n);
            ("String", Value::String(s))
        }
        ObjectKind::BooleanBox(b) => ("Boolean", Value::Bool(b)),
        ObjectKind::SymbolBox(s) => ("Symbol", Value::Symbol(s)),
        ObjectKind::BigIntBox(b) => ("BigInt", Value::BigInt(b)),
        _ => ("Object", Value::Undefined),
    };
    let mut base = format!("[{ty}");
    if constructor != Some(ty) {
        match constructor {
            None => base.push_str(" (null prototype)"),
            Some(c) => base.push_str(&format!(" ({c})")),
        }
    }
    base.push_str(&format!(": {}]", format_primitive(vm, ctx, prim)));
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

/// formatArray: the elements (up to maxArrayLength), switching to formatSpecialArray at the
/// first hole.
fn format_array(vm: &mut Vm, ctx: &mut Ctx, o: ObjId, recurse_times: usize) -> JsResult<Vec<Text>> {
    let val_len = array_length(vm, o);
    let len = (ctx.opts.max_array_length as u64).min(val_len);
    let remaining = val_len - len;
    let mut output = Vec::new();
    for i in 0..len {
        let k = PropertyKey::Index(i as u32);
        if vm.get_own_property(o, k)?.is_none() {
            return format_special_array(vm, ctx, o, recurse_times, len as usize, output, i as usize, val_len);
        }
        output.push(format_property(vm, ctx, o, recurse_times, k, ExtrasType::Array, None)?);
    }
    if remaining > 0 {
        output.push(remaining_text(remaining).into());
    }
    Ok(output)
}

/// formatSet / formatMap: `value` or `key => value` per entry, up to maxArrayLength. Like
/// Node's for-of over the collection, the walk is live: a custom inspect function that
/// deletes or adds entries changes what is printed; "more items" counts from the size at the
/// start.
fn format_collection(vm: &mut Vm, ctx: &mut Ctx, o: ObjId, recurse_times: usize, is_set: bool) -> JsResult<Vec<Text>> {
    let length = match &vm.obj(o).kind {
        ObjectKind::Map(t) | ObjectKind::Set(t) => t.len(),
        _ => 0,
    };
    let max = ctx.opts.max_array_length.min(length);
    let mut output = Vec::with_capacity(max + 1);
    ctx.indentation_lvl += 2;
    let r = crate::builtins::map::walk_entries(vm, o, |vm, k, v| {
        if output.len() >= max {
            return Ok(true);
        }
        let key = format_value(vm, ctx, k, recurse_times)?;
        output.push(if is_set {
            key
        } else {
            Text::cat([key, Text::from(" => "), format_value(vm, ctx, v, recurse_times)?])
        });
        Ok(false)
    });
    ctx.indentation_lvl -= 2;
    r?;
    if length > max {
        output.push(remaining_text((length - max) as u64).into());
    }
    Ok(output)
}

/// formatPromise: `<pending>`, the value, or `<rejected> reason`.
fn format_promise(vm: &mut Vm, ctx: &mut Ctx, o: ObjId, recurse_times: usize) -> JsResult<Vec<Text>> {
    use crate::jobs::PromiseState;
    let Some((state, result)) = vm.promise_state(o) else {
        return Ok(Vec::new());
    };
    if state == PromiseState::Pending {
        return Ok(vec!["<pending>".into()]);
    }
    ctx.indentation_lvl += 2;
    let s = format_value(vm, ctx, result, recurse_times);
    ctx.indentation_lvl -= 2;
    let s = s?;
    Ok(vec![if state == PromiseState::Rejected { Text::cat([Text::from("<rejected> "), s]) } else { s }])
}

/// `--show-state`: a generator's state and, while suspended, where:
/// `<suspendedYield at co.js:5:9>`; an async generator's request queue when it has one.
fn format_generator_state(vm: &mut Vm, ctx: &Ctx, o: ObjId) -> Vec<Text> {
    let Some(info) = vm.inspect_generator(o) else { return Vec::new() };
    let mut state = info.state.to_string();
    if let Some(site) = info.at {
        state = format!("{state} at {}", site.location());
    }
    let mut output = vec![Text::from(stylize(&ctx.opts, &format!("<{state}>"), Style::Special))];
    if let Some(queue) = info.queue.filter(|&q| q > 0) {
        output.push(format!("<{queue} queued>").into());
    }
    output
}

/// formatIterator: the entries a Map or Set iterator has left (V8's previewEntries), as
/// `[Map Entries] { [ k, v ], ... }` for entries iterators, else `{ v1, v2 }`.
fn format_iterator(
    vm: &mut Vm,
    ctx: &mut Ctx,
    o: ObjId,
    recurse_times: usize,
    open_brace: &mut String,
) -> JsResult<Vec<Text>> {
    let ObjectKind::CollectionIterator { collection, position, kind, set } = vm.obj(o).kind else {
        return Ok(Vec::new());
    };
    let entries: Vec<(Value, Value)> = match collection.map(|c| &vm.obj(c).kind) {
        Some(ObjectKind::Map(t) | ObjectKind::Set(t)) => {
            let mut out = Vec::new();
            let mut pos = position;
            while let Some((i, k, v)) = t.entry_from(pos) {
                out.push((k, if set { k } else { v }));
                pos = i + 1;
            }
            out
        }
        _ => Vec::new(),
    };
    for &(k, v) in &entries {
        vm.root(k);
        vm.root(v);
    }
    let max = ctx.opts.max_array_length.min(entries.len());
    let mut output = Vec::with_capacity(max + 1);
    ctx.indentation_lvl += 2;
    let key_value = kind == crate::object::IterKind::Entries;
    if key_value && let Some(stripped) = open_brace.strip_suffix(" Iterator] {") {
        *open_brace = format!("{stripped} Entries] {{");
    }
    let mut result = Ok(());
    for &(k, v) in entries.iter().take(max) {
        let item = if key_value {
            format_value(vm, ctx, k, recurse_times).and_then(|ks| {
                let vs = format_value(vm, ctx, v, recurse_times)?;
                layout::reduce_to_single_string(
                    vm,
                    ctx,
                    vec![ks, vs],
                    "",
                    ("[", "]"),
                    ExtrasType::ArrayExtras,
                    recurse_times,
                    None,
                )
            })
        } else {
            let shown = if kind == crate::object::IterKind::Keys { k } else { v };
            format_value(vm, ctx, shown, recurse_times)
        };
        match item {
            Ok(s) => output.push(s),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    ctx.indentation_lvl -= 2;
    result?;
    if entries.len() > max {
        output.push(remaining_text((entries.len() - max) as u64).into());
    }
    Ok(output)
}

/// formatSpecialArray: sparse arrays, with runs of holes shown as `<n empty items>`.
#[allow(clippy::too_many_arguments)]
fn format_special_array(
    vm: &mut Vm,
    ctx: &mut Ctx,
    o: ObjId,
    recurse_times: usize,
    max_length: usize,
    mut output: Vec<Text>,
    mut i: usize,
    val_len: u64,
) -> JsResult<Vec<Text>> {
    // Object.keys(value): the enumerable own string keys, indices first.
    let mut keys = Vec::new();
    for k in vm.own_property_keys(o)? {
        if !matches!(k, PropertyKey::Symbol(_))
            && vm.get_own_property(o, k)?.is_some_and(|d| d.enumerable == Some(true))
        {
            keys.push(k);
        }
    }
    let mut index = i as u64;
    while i < keys.len() && output.len() < max_length {
        let PropertyKey::Index(k) = keys[i] else {
            break;
        };
        let k = k as u64;
        if k != index {
            let empty = k - index;
            output.push(format!("<{empty} empty item{}>", if empty > 1 { "s" } else { "" }).into());
            index = k;
            if output.len() == max_length {
                break;
            }
        }
        output.push(format_property(vm, ctx, o, recurse_times, keys[i], ExtrasType::Array, None)?);
        index += 1;
        i += 1;
    }
    let remaining = val_len.saturating_sub(index);
    if output.len() != max_length {
        if remaining > 0 {
            output.push(format!("<{remaining} empty item{}>", if remaining > 1 { "s" } else { "" }).into());
        }
    } else if remaining > 0 {
        output.push(remaining_text(remaining).into());
    }
    Ok(output)
}

/// An accessor shown with its getter's value (the `getters` option): `[Getter: 1]`,
/// `[Getter/Setter] { a: 1 }`, or the exception's message.
fn format_getter_value(
    vm: &mut Vm,
    ctx: &mut Ctx,
    o: ObjId,
    get: Value,
    has_setter: bool,
    recurse_times: usize,
) -> JsResult<Text> {
    let label = if has_setter { "Getter/Setter" } else { "Getter" };
    match vm.call(get, Value::Object(o), &[]) {
        Ok(v) => {
            ctx.indentation_lvl += 2;
            let r = match v {
                Value::Null => Ok(Text::from(format!("[{label}: null]"))),
                Value::Object(_) => {
                    format_value(vm, ctx, v, recurse_times).map(|t| Text::cat([Text::from(format!("[{label}] ")), t]))
                }
                _ => {
                    let p = format_primitive(vm, ctx, v);
                    Ok(Text::from(format!("[{label}: {p}]")))
                }
            };
            ctx.indentation_lvl -= 2;
            r
        }
        Err(e) if vm.terminating.is_some() => Err(e),
        Err(e) => {
            let message = match e {
                Value::Object(err) => vm.get_str(err, "message").ok().map(|m| vm.describe(m)).unwrap_or_default(),
                _ => String::new(),
            };
            Ok(Text::from(format!("[{label}: <Inspection threw ({message})>]")))
        }
    }
}

/// formatProperty: `key: value` (or just the value for array elements); accessors show as
/// `[Getter]`, `[Setter]` or `[Getter/Setter]`.
fn format_property(
    vm: &mut Vm,
    ctx: &mut Ctx,
    o: ObjId,
    recurse_times: usize,
    key: PropertyKey,
    ty: ExtrasType,
    desc: Option<PropertyDescriptor>,
) -> JsResult<Text> {
    let desc = match desc {
        Some(d) => d,
        None => match vm.get_own_property(o, key)? {
            Some(d) => d,
            None => {
                let v = vm.get(o, key, Value::Object(o))?;
                PropertyDescriptor { value: Some(v), enumerable: Some(true), ..Default::default() }
            }
        },
    };
    let s = match desc.value {
        Some(v) if !v.is_undefined() => {
            ctx.indentation_lvl += 2;
            let r = format_value(vm, ctx, v, recurse_times);
            ctx.indentation_lvl -= 2;
            r?
        }
        _ => match (desc.get.filter(|g| !g.is_undefined()), desc.set.filter(|s| !s.is_undefined())) {
            (Some(get), set)
                if match ctx.opts.getters {
                    Getters::None => false,
                    Getters::All => true,
                    Getters::GetOnly => set.is_none(),
                    Getters::WithSetter => set.is_some(),
                } =>
            {
                format_getter_value(vm, ctx, o, get, set.is_some(), recurse_times)?
            }
            (Some(_), Some(_)) => Text::from(stylize(&ctx.opts, "[Getter/Setter]", Style::Special)),
            (Some(_), None) => stylize(&ctx.opts, "[Getter]", Style::Special).into(),
            (None, Some(_)) => "[Setter]".into(),
            (None, None) => stylize(&ctx.opts, "undefined", Style::Undefined).into(),
        },
    };
    if ty == ExtrasType::Array {
        return Ok(s);
    }
    let name = match key {
        PropertyKey::Symbol(_) => format!("[{}]", text::escape_all(&key_units(vm, key))),
        PropertyKey::String(k) if vm.heap.str(k) == [0x5F, 0x5F, 0x70, 0x72, 0x6F, 0x74, 0x6F, 0x5F, 0x5F] => {
            "['__proto__']".into()
        }
        _ if desc.enumerable == Some(false) => {
            format!("[{}]", text::escape_all(&key_units(vm, key)))
        }
        _ => {
            let units = key_units(vm, key);
            if text::is_plain_key(&units) { String::from_utf16_lossy(&units) } else { str_escape(&units) }
        }
    };
    Ok(Text::cat([Text::from(format!("{name}: ")), s]))
}
