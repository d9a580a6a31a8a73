//! The console object, following Node's lib/internal/console/constructor.js: log/info/debug
//! to stdout, error/warn/trace to stderr, group indentation, count, assert, dir and timers.
//! Arguments are formatted by `format_args`, a port of Node's `formatWithOptions`.

use super::arg;
use super::inspect::{InspectOptions, inspect_with, js_string, read_options};
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Stream, Vm};
use std::time::Instant;

/// Key of the group indentation width in `Vm::console_counts` (count labels are prefixed).
const GROUP_INDENT: &str = "group-indent";

pub fn create(vm: &mut Vm) -> crate::value::ObjId {
    let op = vm.intrinsics().object_prototype;
    let c = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let methods: [(&str, crate::object::NativeFn); 18] = [
        ("log", log),
        ("info", log),
        ("debug", log),
        ("warn", warn),
        ("error", warn),
        ("trace", trace),
        ("dir", dir),
        ("assert", assert),
        ("count", count),
        ("countReset", count_reset),
        ("group", group),
        ("groupCollapsed", group),
        ("groupEnd", group_end),
        ("time", time),
        ("timeEnd", time_end),
        ("timeLog", time_log),
        ("dirxml", log),
        ("table", table),
    ];
    for (name, f) in methods {
        // Node's console methods are bound: give them enumerable data properties too.
        let m = vm.new_native(name, 0, f, false);
        vm.def_value(c, name, Value::Object(m), DEFAULT_ATTRS);
    }
    let tag = vm.string("console");
    vm.define_direct(c, PropertyKey::Symbol(vm.sym.to_string_tag), tag, CONFIGURABLE);
    c
}

/// Node's hasBuiltInToString: whether `%s` should inspect the object rather than call its own
/// toString / Symbol.toPrimitive.
fn has_builtin_to_string(vm: &mut Vm, o: crate::value::ObjId) -> JsResult<bool> {
    let this = Value::Object(o);
    let ts_key = PropertyKey::String(vm.names.to_string);
    let tp_key = PropertyKey::Symbol(vm.sym.to_primitive);
    let mut check_to_string = true;
    let mut check_to_primitive = true;
    let ts = vm.get(o, ts_key, this)?;
    if !vm.is_callable(ts) {
        let tp = vm.get(o, tp_key, this)?;
        if !vm.is_callable(tp) {
            return Ok(true);
        } else if vm.get_own_property(o, tp_key)?.is_some() {
            return Ok(false);
        }
        check_to_string = false;
    } else if vm.get_own_property(o, ts_key)?.is_some() {
        return Ok(false);
    } else {
        let tp = vm.get(o, tp_key, this)?;
        if !vm.is_callable(tp) {
            check_to_primitive = false;
        } else if vm.get_own_property(o, tp_key)?.is_some() {
            return Ok(false);
        }
    }
    // Find the prototype that holds toString / Symbol.toPrimitive.
    let mut pointer = o;
    loop {
        match vm.get_prototype_of(pointer)? {
            Some(p) => pointer = p,
            None => return Ok(true),
        }
        if (check_to_string && vm.get_own_property(pointer, ts_key)?.is_some())
            || (check_to_primitive && vm.get_own_property(pointer, tp_key)?.is_some())
        {
            break;
        }
    }
    let Some(desc) = vm.get_own_property(pointer, PropertyKey::String(vm.names.constructor))? else {
        return Ok(false);
    };
    let Some(f @ Value::Object(fo)) = desc.value else {
        return Ok(false);
    };
    if !vm.is_callable(f) {
        return Ok(false);
    }
    let name = vm.get(fo, PropertyKey::String(vm.names.name), f)?;
    let name = js_string(vm, name)?;
    let named_global = name.len() > 1
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric());
    Ok(named_global && vm.engine_globals.contains(&name))
}

fn number_arg(vm: &mut Vm, f: crate::object::NativeFn, v: Value) -> JsResult<String> {
    let cx = NativeCall { this: Value::Undefined, callee: vm.intrinsics().object, new_target: None };
    let n = f(vm, &cx, &[v])?;
    inspect_with(vm, n, InspectOptions::default())
}

/// Node's formatWithOptions: printf-style `%s %d %i %f %j %o %O %c %%` substitutions in a
/// leading string, then the remaining arguments (strings as-is, others inspected) joined with
/// spaces.
pub fn format_args(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    format_args_with(vm, InspectOptions::default(), args)
}

/// Node's formatWithOptions with `base` as the inspect options of every inspected value.
pub fn format_args_with(vm: &mut Vm, base: InspectOptions, args: &[Value]) -> JsResult<String> {
    let mut a = 0;
    let mut out = String::new();
    let mut join = "";
    if let Some(&Value::String(first)) = args.first() {
        if args.len() == 1 {
            return Ok(vm.rust_string(first));
        }
        let units = vm.heap.str(first).to_vec();
        let slice = |from: usize, to: usize| String::from_utf16_lossy(&units[from..to]);
        let mut last_pos = 0;
        let mut i = 0;
        while i + 1 < units.len() {
            if units[i] == b'%' as u16 {
                i += 1;
                let next = units[i];
                if a + 1 != args.len() {
                    let temp = match next as u8 {
                        b's' if next < 128 => {
                            a += 1;
                            let v = args[a];
                            match v {
                                Value::Number(_) | Value::BigInt(_) => inspect_with(vm, v, base)?,
                                Value::Object(o) if !vm.obj(o).is_callable() && has_builtin_to_string(vm, o)? => {
                                    let opts = InspectOptions { depth: 0.0, ..base };
                                    inspect_with(vm, v, opts)?
                                }
                                _ => js_string(vm, v)?,
                            }
                        }
                        b'j' if next < 128 => {
                            a += 1;
                            json_stringify(vm, args[a])?
                        }
                        b'd' if next < 128 => {
                            a += 1;
                            let v = args[a];
                            match v {
                                Value::BigInt(_) => inspect_with(vm, v, base)?,
                                Value::Symbol(_) => "NaN".into(),
                                _ => {
                                    let n = vm.to_number(v)?;
                                    inspect_with(vm, Value::Number(n), base)?
                                }
                            }
                        }
                        b'O' if next < 128 => {
                            a += 1;
                            inspect_with(vm, args[a], base)?
                        }
                        b'o' if next < 128 => {
                            a += 1;
                            let opts = InspectOptions { show_hidden: true, depth: 4.0, ..base };
                            inspect_with(vm, args[a], opts)?
                        }
                        b'i' if next < 128 => {
                            a += 1;
                            let v = args[a];
                            match v {
                                Value::BigInt(_) => inspect_with(vm, v, base)?,
                                Value::Symbol(_) => "NaN".into(),
                                _ => number_arg(vm, super::global::parse_int, v)?,
                            }
                        }
                        b'f' if next < 128 => {
                            a += 1;
                            let v = args[a];
                            if matches!(v, Value::Symbol(_)) {
                                "NaN".into()
                            } else {
                                number_arg(vm, super::global::parse_float, v)?
                            }
                        }
                        b'c' if next < 128 => {
                            a += 1;
                            String::new()
                        }
                        b'%' if next < 128 => {
                            out.push_str(&slice(last_pos, i));
                            last_pos = i + 1;
                            i += 1;
                            continue;
                        }
                        _ => {
                            i += 1;
                            continue;
                        }
                    };
                    if last_pos != i - 1 {
                        out.push_str(&slice(last_pos, i - 1));
                    }
                    out.push_str(&temp);
                    last_pos = i + 1;
                } else if next == b'%' as u16 {
                    out.push_str(&slice(last_pos, i));
                    last_pos = i + 1;
                }
            }
            i += 1;
        }
        if last_pos != 0 {
            a += 1;
            join = " ";
            if last_pos < units.len() {
                out.push_str(&slice(last_pos, units.len()));
            }
        }
    }
    while a < args.len() {
        let v = args[a];
        out.push_str(join);
        match v {
            Value::String(s) => out.push_str(&vm.rust_string(s)),
            _ => out.push_str(&inspect_with(vm, v, base)?),
        }
        join = " ";
        a += 1;
    }
    Ok(out)
}

/// `%j`: JSON.stringify when the realm has it ('[Circular]' for cyclic values).
fn json_stringify(vm: &mut Vm, v: Value) -> JsResult<String> {
    let g = vm.global_object();
    let json = vm.get_str(g, "JSON")?;
    if let Value::Object(j) = json {
        let f = vm.get_str(j, "stringify")?;
        if vm.is_callable(f) {
            return match vm.call(f, json, &[v]) {
                Ok(r) => js_string(vm, r),
                Err(e) => {
                    if let Value::Object(eo) = e
                        && let Ok(m) = vm.get_str(eo, "message")
                        && let Ok(m) = js_string(vm, m)
                        && m.contains("circular")
                    {
                        return Ok("[Circular]".into());
                    }
                    Err(e)
                }
            };
        }
    }
    inspect_with(vm, v, InspectOptions::default())
}

fn group_indent(vm: &Vm) -> usize {
    vm.console_counts.get(GROUP_INDENT).copied().unwrap_or(0) as usize
}

/// Writes one console message, indented by the current group level.
fn write(vm: &mut Vm, stream: Stream, text: &str) {
    let n = group_indent(vm);
    if n == 0 {
        vm.output.print(stream, text);
        return;
    }
    let indent = " ".repeat(n);
    let s = format!("{indent}{}", text.replace('\n', &format!("\n{indent}")));
    vm.output.print(stream, &s);
}

fn log(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = format_args(vm, args)?;
    write(vm, Stream::Stdout, &s);
    Ok(Value::Undefined)
}

/// console.table: a box-drawn table (`console_table.rs`), or a plain log for non-objects.
fn table(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    match super::console_table::table(vm, args)? {
        Some(text) => {
            write(vm, Stream::Stdout, &text);
            Ok(Value::Undefined)
        }
        None => log(vm, cx, &args[..args.len().min(1)]),
    }
}

fn warn(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = format_args(vm, args)?;
    write(vm, Stream::Stderr, &s);
    Ok(Value::Undefined)
}

/// console.trace: "Trace: message" and the current stack, to stderr.
fn trace(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = format_args(vm, args)?;
    let header = if s.is_empty() { "Trace".to_string() } else { format!("Trace: {s}") };
    let text = format!("{header}{}", vm.stack_trace());
    write(vm, Stream::Stderr, &text);
    Ok(Value::Undefined)
}

/// console.dir(obj, options): inspect without custom inspection functions.
fn dir(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let base = InspectOptions { custom_inspect: false, ..Default::default() };
    let opts = read_options(vm, arg(args, 1), base)?;
    let s = inspect_with(vm, arg(args, 0), opts)?;
    write(vm, Stream::Stdout, &s);
    Ok(Value::Undefined)
}

/// console.assert(value, ...data): warns "Assertion failed" when value is falsy.
fn assert(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if vm.to_boolean(arg(args, 0)) {
        return Ok(Value::Undefined);
    }
    // Node 20: `Assertion failed: ${args[0]}` (a template literal, so any first message
    // argument is converted with ToString), the rest formatted as console.warn does.
    let mut rest: Vec<Value> = args.iter().skip(1).copied().collect();
    match rest.first() {
        Some(&first) => {
            let text = vm.to_rust_string(first)?;
            rest[0] = vm.string(&format!("Assertion failed: {text}"));
        }
        None => {
            let m = vm.string("Assertion failed");
            rest.push(m);
        }
    }
    for v in &rest {
        vm.root(*v);
    }
    let s = format_args(vm, &rest)?;
    write(vm, Stream::Stderr, &s);
    Ok(Value::Undefined)
}

fn label(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    match arg(args, 0) {
        Value::Undefined => Ok("default".into()),
        v => vm.to_rust_string(v),
    }
}

/// console.count(label = 'default'): logs "label: n".
fn count(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let l = label(vm, args)?;
    let c = vm.console_counts.entry(format!("count:{l}")).or_insert(0);
    *c += 1;
    let n = *c;
    write(vm, Stream::Stdout, &format!("{l}: {n}"));
    Ok(Value::Undefined)
}

fn count_reset(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let l = label(vm, args)?;
    vm.console_counts.remove(&format!("count:{l}"));
    Ok(Value::Undefined)
}

/// console.group(...label): logs the label, then indents later output by two spaces.
fn group(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if !args.is_empty() {
        log(vm, cx, args)?;
    }
    *vm.console_counts.entry(GROUP_INDENT.into()).or_insert(0) += 2;
    Ok(Value::Undefined)
}

fn group_end(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if let Some(n) = vm.console_counts.get_mut(GROUP_INDENT) {
        *n = n.saturating_sub(2);
    }
    Ok(Value::Undefined)
}

fn time(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let l = label(vm, args)?;
    vm.console_timers.entry(l).or_insert_with(Instant::now);
    Ok(Value::Undefined)
}

/// Node's formatTime for console.timeEnd / timeLog.
fn format_time(ms: f64) -> String {
    let (value, unit) = if ms >= 3_600_000.0 {
        (ms / 3_600_000.0, "h")
    } else if ms >= 60_000.0 {
        (ms / 60_000.0, "min")
    } else if ms >= 1000.0 {
        (ms / 1000.0, "s")
    } else {
        (ms, "ms")
    };
    let rounded = (value * 1000.0).round() / 1000.0;
    format!("{}{unit}", crate::value::number::number_to_string(rounded))
}

fn time_report(vm: &mut Vm, args: &[Value], end: bool) -> JsResult<Value> {
    let l = label(vm, args)?;
    let Some(start) = vm.console_timers.get(&l).copied() else {
        return Ok(Value::Undefined);
    };
    if end {
        vm.console_timers.remove(&l);
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let mut s = format!("{l}: {}", format_time(ms));
    if !end && args.len() > 1 {
        let extra = format_args(vm, &args[1..])?;
        s.push(' ');
        s.push_str(&extra);
    }
    write(vm, Stream::Stdout, &s);
    Ok(Value::Undefined)
}

fn time_end(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    time_report(vm, args, true)
}

fn time_log(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    time_report(vm, args, false)
}
