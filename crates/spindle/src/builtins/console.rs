//! The console object (Node-compatible output for console.log and friends).

use super::inspect::inspect;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Stream, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let c = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let g = vm.global_object();
    vm.def_value(g, "console", Value::Object(c), HIDDEN);
    vm.def_method(c, "log", 0, log);
    vm.def_method(c, "info", 0, log);
    vm.def_method(c, "debug", 0, log);
    vm.def_method(c, "warn", 0, error);
    vm.def_method(c, "error", 0, error);
    vm.def_method(c, "trace", 0, error);
}

/// Node's formatWithOptions: printf-style substitutions in a leading string, then the
/// remaining arguments inspected and joined with spaces.
pub fn format_args(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut rest = args;
    if let Some(Value::String(s)) = args.first() {
        let fmt = vm.rust_string(*s);
        rest = &args[1..];
        if fmt.contains('%') && !rest.is_empty() {
            let mut chars = fmt.chars().peekable();
            while let Some(c) = chars.next() {
                if c != '%' {
                    out.push(c);
                    continue;
                }
                match chars.peek().copied() {
                    Some('%') => {
                        chars.next();
                        out.push('%');
                    }
                    Some(k @ ('s' | 'd' | 'i' | 'f' | 'j' | 'o' | 'O' | 'c')) if !rest.is_empty() => {
                        chars.next();
                        let a = rest[0];
                        rest = &rest[1..];
                        match k {
                            's' => match a {
                                Value::String(s) => out.push_str(&vm.rust_string(s)),
                                Value::Object(_) => out.push_str(&inspect(vm, a)),
                                _ => out.push_str(&inspect(vm, a)),
                            },
                            'd' | 'i' => {
                                let n = match a {
                                    Value::Object(_) => f64::NAN,
                                    _ => vm.to_number(a)?,
                                };
                                let n = if k == 'i' { n.trunc() } else { n };
                                out.push_str(&inspect(vm, Value::Number(n)));
                            }
                            'f' => {
                                let n = vm.to_number(a)?;
                                out.push_str(&inspect(vm, Value::Number(n)));
                            }
                            'c' => {}
                            _ => out.push_str(&inspect(vm, a)),
                        }
                    }
                    _ => out.push('%'),
                }
            }
        } else {
            out.push_str(&fmt);
        }
    }
    for (i, &a) in rest.iter().enumerate() {
        if i > 0 || !out.is_empty() || args.first().is_some_and(|f| matches!(f, Value::String(_))) {
            out.push(' ');
        }
        match a {
            Value::String(s) => out.push_str(&vm.rust_string(s)),
            _ => out.push_str(&inspect(vm, a)),
        }
    }
    Ok(out)
}

fn log(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = format_args(vm, args)?;
    vm.output.print(Stream::Stdout, &s);
    Ok(Value::Undefined)
}

fn error(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = format_args(vm, args)?;
    vm.output.print(Stream::Stderr, &s);
    Ok(Value::Undefined)
}
