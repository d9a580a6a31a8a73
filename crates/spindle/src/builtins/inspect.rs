//! Value formatting compatible with Node's `util.inspect` defaults (depth 2, breakLength 80,
//! compact 3), used by console.log. Reads properties without running user code except for
//! getters Node would also not call (it never calls them by default).

use crate::object::property::*;
use crate::object::{ObjectKind, Slot};
use crate::value::number::number_to_string;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

const BREAK_LENGTH: usize = 80;
const DEPTH: usize = 2;
const MAX_ARRAY: usize = 100;

struct Ctx {
    seen: Vec<ObjId>,
    circular: Vec<ObjId>,
    indent: usize,
    current_depth: usize,
}

/// Formats a value as `util.inspect(v)` does.
pub fn inspect(vm: &Vm, v: Value) -> String {
    let mut ctx = Ctx { seen: Vec::new(), circular: Vec::new(), indent: 0, current_depth: 0 };
    let s = format_value(vm, &mut ctx, v, 0, true);
    if let Value::Object(o) = v
        && let Some(i) = ctx.circular.iter().position(|&c| c == o)
    {
        return format!("<ref *{}> {s}", i + 1);
    }
    s
}

/// Quotes a string the way Node does (single quotes unless that needs escaping).
pub fn quote_string(units: &[u16]) -> String {
    let has_single = units.contains(&(b'\'' as u16));
    let has_double = units.contains(&(b'"' as u16));
    let has_back = units.contains(&(b'`' as u16));
    let q = if !has_single {
        '\''
    } else if !has_double {
        '"'
    } else if !has_back {
        '`'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        match c {
            0x0A => out.push_str("\\n"),
            0x09 => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            0x0D => out.push_str("\\r"),
            0x0B => out.push_str("\\x0B"),
            0x5C => out.push_str("\\\\"),
            c if c == q as u16 => {
                out.push('\\');
                out.push(q);
            }
            c if c < 0x20 || (0x7F..=0x9F).contains(&c) => out.push_str(&format!("\\x{c:02X}")),
            0xD800..=0xDBFF if i + 1 < units.len() && (0xDC00..=0xDFFF).contains(&units[i + 1]) => {
                let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + (units[i + 1] as u32 - 0xDC00);
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                i += 1;
            }
            0xD800..=0xDFFF => out.push_str(&format!("\\u{c:04x}")),
            c => out.push(char::from_u32(c as u32).unwrap_or('\u{FFFD}')),
        }
        i += 1;
    }
    out.push(q);
    out
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn format_key(vm: &Vm, k: PropertyKey) -> String {
    match k {
        PropertyKey::Index(i) => format!("'{i}'"),
        PropertyKey::String(s) => {
            let text = vm.rust_string(s);
            if is_identifier(&text) { text } else { quote_string(vm.heap.str(s)) }
        }
        PropertyKey::Symbol(s) => format!("[{}]", super::symbol::descriptive_string(vm, s)),
    }
}

fn format_primitive(vm: &Vm, v: Value, top: bool) -> String {
    match v {
        Value::Undefined | Value::Empty | Value::Env(_) => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => {
            if n == 0.0 && n.is_sign_negative() {
                "-0".into()
            } else {
                number_to_string(n)
            }
        }
        Value::String(s) => {
            if top {
                vm.rust_string(s)
            } else {
                quote_string(vm.heap.str(s))
            }
        }
        Value::Symbol(s) => super::symbol::descriptive_string(vm, s),
        Value::Object(_) => String::new(),
    }
}

/// The constructor name found on the prototype chain (Node's getConstructorName).
fn constructor_name(vm: &Vm, o: ObjId) -> Option<String> {
    let mut cur = Some(o);
    while let Some(c) = cur {
        if let Some(p) = vm.obj(c).props.get(PropertyKey::String(vm.names.constructor))
            && let Slot::Data(Value::Object(f)) = p.slot
            && vm.obj(f).is_callable()
        {
            let n = vm.peek_string_prop(f, vm.names.name).unwrap_or_default();
            if !n.is_empty() {
                return Some(n);
            }
        }
        cur = vm.obj(c).proto;
    }
    None
}

fn own_string_tag(vm: &Vm, o: ObjId) -> Option<String> {
    let mut cur = Some(o);
    while let Some(c) = cur {
        if let Some(p) = vm.obj(c).props.get(PropertyKey::Symbol(vm.sym.to_string_tag)) {
            if let Slot::Data(Value::String(s)) = p.slot {
                let t = vm.rust_string(s);
                return if t.is_empty() { None } else { Some(t) };
            }
            return None;
        }
        cur = vm.obj(c).proto;
    }
    None
}

/// Own enumerable keys (strings then symbols), excluding array indices when `skip_index`.
fn visible_keys(vm: &Vm, o: ObjId, skip_index: bool) -> Vec<PropertyKey> {
    let obj = vm.obj(o);
    let mut out = Vec::new();
    if !skip_index {
        for (i, v) in obj.elements.iter().enumerate() {
            if *v != Value::Empty {
                out.push(PropertyKey::Index(i as u32));
            }
        }
        let mut extra: Vec<u32> = obj
            .props
            .iter()
            .filter_map(|(k, p)| match k {
                PropertyKey::Index(i) if p.enumerable() => Some(*i),
                _ => None,
            })
            .collect();
        extra.sort_unstable();
        out.extend(extra.into_iter().map(PropertyKey::Index));
        if !obj.elements.is_empty() && out.len() > obj.elements.len() {
            out.sort_by_key(|k| match k {
                PropertyKey::Index(i) => *i,
                _ => 0,
            });
        }
    }
    for (k, p) in obj.props.iter() {
        if let PropertyKey::String(_) = k
            && p.enumerable()
        {
            out.push(*k);
        }
    }
    for (k, p) in obj.props.iter() {
        if let PropertyKey::Symbol(s) = k
            && p.enumerable()
            && !vm.heap.sym(*s).private
        {
            out.push(*k);
        }
    }
    out
}

fn format_property(vm: &Vm, ctx: &mut Ctx, o: ObjId, k: PropertyKey, depth: usize, array_style: bool) -> String {
    let p = vm.own_property(o, k);
    let val = match p.map(|p| p.slot) {
        Some(Slot::Data(v)) => {
            ctx.indent += 2;
            let s = format_value(vm, ctx, v, depth + 1, false);
            ctx.indent -= 2;
            s
        }
        Some(Slot::Accessor(g, s)) => match (g.is_undefined(), s.is_undefined()) {
            (false, false) => "[Getter/Setter]".into(),
            (false, true) => "[Getter]".into(),
            (true, false) => "[Setter]".into(),
            _ => "undefined".into(),
        },
        None => "undefined".into(),
    };
    if array_style {
        return val;
    }
    format!("{}: {}", format_key(vm, k), val)
}

fn format_value(vm: &Vm, ctx: &mut Ctx, v: Value, depth: usize, top: bool) -> String {
    let Value::Object(o) = v else { return format_primitive(vm, v, top && depth == 0 && false) };
    if ctx.seen.contains(&o) {
        let idx = match ctx.circular.iter().position(|&c| c == o) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(o);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{idx}]");
    }
    format_object(vm, ctx, o, depth)
}

fn error_string(vm: &Vm, o: ObjId) -> String {
    let stack = match vm.own_property(o, PropertyKey::String(vm.names.stack)).map(|p| p.slot) {
        Some(Slot::Data(Value::String(s))) => Some(vm.rust_string(s)),
        _ => None,
    };
    let name = vm.peek_string_prop(o, vm.names.name).unwrap_or_else(|| "Error".into());
    let msg = vm.peek_string_prop(o, vm.names.message).unwrap_or_default();
    let header = if msg.is_empty() { name.clone() } else { format!("{name}: {msg}") };
    match stack {
        Some(s) if s.contains("\n    at") => s,
        Some(s) if !s.is_empty() => format!("[{s}]"),
        _ => format!("[{header}]"),
    }
}

fn format_object(vm: &Vm, ctx: &mut Ctx, o: ObjId, depth: usize) -> String {
    let obj = vm.obj(o);
    let ctor = constructor_name(vm, o);
    let tag = own_string_tag(vm, o);
    let null_proto = obj.proto.is_none();
    let mut keys: Vec<PropertyKey>;
    let braces: (String, String);
    let mut base = String::new();
    let mut output: Vec<String> = Vec::new();
    let mut is_array = false;
    let prefix = |default: &str| -> String {
        match (&ctor, null_proto) {
            (_, true) => format!("[{default}: null prototype] "),
            (Some(c), _) if c != default => match &tag {
                Some(t) if t != c => format!("{c} [{t}] "),
                _ => format!("{c} "),
            },
            _ => match &tag {
                Some(t) if t != default => format!("{default} [{t}] "),
                _ => String::new(),
            },
        }
    };
    match &obj.kind {
        ObjectKind::Array { length, .. } => {
            is_array = true;
            keys = visible_keys(vm, o, true);
            let p = prefix("Array");
            let p = if p.is_empty() { String::new() } else { format!("{p}({length}) ") };
            let p = if ctor.as_deref() == Some("Array") { String::new() } else { p };
            braces = (format!("{p}["), "]".into());
            if depth > DEPTH {
                return format!("[{}]", ctor.unwrap_or_else(|| "Array".into()));
            }
            ctx.seen.push(o);
            let len = *length as usize;
            let mut i = 0;
            let mut shown = 0;
            while i < len && shown < MAX_ARRAY {
                let k = PropertyKey::Index(i as u32);
                if vm.own_property(o, k).is_none() {
                    let mut j = i;
                    while j < len && vm.own_property(o, PropertyKey::Index(j as u32)).is_none() {
                        j += 1;
                    }
                    let n = j - i;
                    output.push(format!("<{n} empty item{}>", if n == 1 { "" } else { "s" }));
                    i = j;
                } else {
                    output.push(format_property(vm, ctx, o, k, depth, true));
                    i += 1;
                }
                shown += 1;
            }
            if i < len {
                let rest = len - i;
                output.push(format!("... {rest} more item{}", if rest == 1 { "" } else { "s" }));
            }
        }
        ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => {
            keys = visible_keys(vm, o, false);
            let name = vm.peek_string_prop(o, vm.names.name).unwrap_or_default();
            let is_class = matches!(&obj.kind, ObjectKind::Function(fd) if fd.is_class_constructor);
            if is_class {
                let mut s = if name.is_empty() { "[class (anonymous)".to_string() } else { format!("[class {name}") };
                if let Some(p) = obj.proto
                    && vm.obj(p).is_callable()
                    && p != vm.intrinsics().function_prototype
                {
                    let pn = vm.peek_string_prop(p, vm.names.name).unwrap_or_default();
                    if !pn.is_empty() {
                        s.push_str(&format!(" extends {pn}"));
                    }
                }
                s.push(']');
                base = s;
            } else {
                base = if name.is_empty() { "[Function (anonymous)]".into() } else { format!("[Function: {name}]") };
            }
            if null_proto {
                base = base.replacen('[', "[", 1);
            }
            if keys.is_empty() {
                return base;
            }
            if depth > DEPTH {
                return if is_class { base } else { "[Function]".into() };
            }
            braces = ("{".into(), "}".into());
        }
        ObjectKind::Error => {
            keys = visible_keys(vm, o, false);
            keys.retain(|k| *k != PropertyKey::String(vm.names.stack) && *k != PropertyKey::String(vm.names.message));
            base = error_string(vm, o);
            if keys.is_empty() {
                return base;
            }
            if depth > DEPTH {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        ObjectKind::NumberBox(n) => {
            keys = visible_keys(vm, o, false);
            base = format!("[Number: {}]", format_primitive(vm, Value::Number(*n), false));
            if keys.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        ObjectKind::BooleanBox(b) => {
            keys = visible_keys(vm, o, false);
            base = format!("[Boolean: {b}]");
            if keys.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        ObjectKind::StringBox(s) => {
            keys = visible_keys(vm, o, true);
            base = format!("[String: {}]", quote_string(vm.heap.str(*s)));
            if keys.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        ObjectKind::SymbolBox(s) => {
            keys = visible_keys(vm, o, false);
            base = format!("[Symbol: {}]", super::symbol::descriptive_string(vm, *s));
            if keys.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        ObjectKind::Arguments(_) => {
            keys = visible_keys(vm, o, true);
            is_array = true;
            braces = ("[Arguments] [".into(), "]".into());
            ctx.seen.push(o);
            for (i, v) in obj.elements.iter().enumerate() {
                if *v != Value::Empty {
                    output.push(format_property(vm, ctx, o, PropertyKey::Index(i as u32), depth, true));
                }
            }
        }
        _ => {
            keys = visible_keys(vm, o, false);
            let p = prefix("Object");
            if depth > DEPTH {
                let n = if null_proto { "Object: null prototype".to_string() } else { ctor.clone().unwrap_or_else(|| "Object".into()) };
                return format!("[{n}]");
            }
            braces = (format!("{p}{{"), "}".into());
            if keys.is_empty() {
                return format!("{}}}", braces.0);
            }
        }
    }
    if depth > DEPTH {
        return format!("[{}]", ctor.unwrap_or_else(|| "Object".into()));
    }
    if !is_array {
        ctx.seen.push(o);
    }
    ctx.current_depth = depth;
    for k in keys {
        let s = format_property(vm, ctx, o, k, depth, false);
        output.push(s);
    }
    ctx.seen.pop();
    if is_array && output.is_empty() {
        return format!("{}]", braces.0);
    }
    reduce_to_single_string(ctx, output, &base, &braces, is_array, depth, vm, o)
}

#[allow(clippy::too_many_arguments)]
fn reduce_to_single_string(
    ctx: &mut Ctx,
    mut output: Vec<String>,
    base: &str,
    braces: &(String, String),
    is_array: bool,
    depth: usize,
    vm: &Vm,
    o: ObjId,
) -> String {
    let entries = output.len();
    if is_array && entries > 6 {
        output = group_array_elements(ctx, output, vm, o);
    }
    if ctx.current_depth.saturating_sub(depth) < 3 && entries == output.len() {
        let start = output.len() + ctx.indent + braces.0.chars().count() + base.chars().count() + 10;
        if is_below_break_length(&output, start, base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                let b = if base.is_empty() { String::new() } else { format!("{base} ") };
                return format!("{b}{} {joined} {}", braces.0, braces.1);
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indent));
    let b = if base.is_empty() { String::new() } else { format!("{base} ") };
    format!("{b}{}{indentation}  {}{indentation}{}", braces.0, output.join(&format!(",{indentation}  ")), braces.1)
}

fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for s in output {
        total += s.chars().count();
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

fn group_array_elements(ctx: &Ctx, output: Vec<String>, vm: &Vm, o: ObjId) -> Vec<String> {
    let mut total = 0usize;
    let mut max_len = 0usize;
    let mut output_len = output.len();
    let has_more = output.last().is_some_and(|s| s.starts_with("... "));
    if has_more {
        output_len -= 1;
    }
    let sep = 2;
    let data_len: Vec<usize> = output.iter().take(output_len).map(|s| s.chars().count()).collect();
    for &l in &data_len {
        total += l + sep;
        max_len = max_len.max(l);
    }
    let actual_max = max_len + sep;
    if actual_max * 3 + ctx.indent < BREAK_LENGTH && (total as f64 / actual_max as f64 > 5.0 || max_len <= 6) {
        let average_bias = (actual_max as f64 - total as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = ((2.5 * biased_max * output_len as f64).sqrt() / biased_max)
            .round()
            .min(((BREAK_LENGTH - ctx.indent) / actual_max) as f64)
            .min(12.0)
            .min(15.0) as usize;
        if columns <= 1 {
            return output;
        }
        let mut max_line = Vec::new();
        for i in 0..columns {
            let mut line = 0;
            let mut j = i;
            while j < output_len {
                line = line.max(data_len[j]);
                j += columns;
            }
            max_line.push(line + sep);
        }
        // Numbers are right-aligned, everything else left-aligned.
        let all_numbers = (0..output.len()).all(|i| matches!(vm.own_property(o, PropertyKey::Index(i as u32)).map(|p| p.slot), Some(Slot::Data(Value::Number(_)))));
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_len {
            let max = (i + columns).min(output_len);
            let mut s = String::new();
            let mut j = i;
            while j < max - 1 {
                let cell = format!("{}, ", output[j]);
                let width = max_line[j - i];
                if all_numbers {
                    s.push_str(&format!("{cell:>width$}"));
                } else {
                    s.push_str(&format!("{cell:<width$}"));
                }
                j += 1;
            }
            if all_numbers {
                let width = max_line[j - i] - sep;
                s.push_str(&format!("{:>width$}", output[j]));
            } else {
                s.push_str(&output[j]);
            }
            tmp.push(s);
            i += columns;
        }
        if has_more {
            tmp.push(output[output_len].clone());
        }
        return tmp;
    }
    output
}
