//! Error formatting of the inspector: Node's `formatError`, `improveStack`,
//! `removeDuplicateErrorKeys` and `getStackFrames`.

use super::{Ctx, get_prefix, js_string};
use crate::object::property::PropertyKey;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// getStackString: `String(err.stack)` when truthy, else Error.prototype.toString(err).
fn get_stack_string(vm: &mut Vm, err: ObjId) -> JsResult<String> {
    let stack = vm.get(err, PropertyKey::String(vm.names.stack), Value::Object(err))?;
    if vm.to_boolean(stack) {
        return js_string(vm, stack);
    }
    crate::builtins::error::error_to_string_of(vm, Value::Object(err))
}

/// The leading `[A-Z][a-z_ A-Z0-9[\]()-]+` of a stack when followed by `:` or a frame line.
fn stack_name_prefix(stack: &str) -> Option<&str> {
    let first = stack.chars().next()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let end = stack
        .char_indices()
        .skip(1)
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || " _[]()-".contains(c)))
        .map_or(stack.len(), |(i, _)| i);
    if end < 2 {
        return None;
    }
    let rest = &stack[end..];
    if rest.starts_with(':') || rest.starts_with("\n    at") { Some(&stack[..end]) } else { None }
}

/// improveStack: makes the first line name the constructor when it differs from `name`.
fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let regular = name.ends_with("Error")
        && stack.starts_with(name)
        && (stack.len() == len || stack[len..].starts_with(':') || stack[len..].starts_with('\n'));
    if constructor.is_some() && !regular {
        return stack;
    }
    let mut fallback = "Error";
    if constructor.is_none() {
        let start = stack_name_prefix(&stack).or_else(|| {
            let ok =
                stack.ends_with("Error") && stack.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            ok.then_some(stack.as_str())
        });
        let f = start.unwrap_or("");
        len = f.len();
        fallback = if f.is_empty() { "Error" } else { f };
    }
    let full = get_prefix(constructor, tag, fallback, "");
    let prefix = &full[..full.len() - 1];
    if name == prefix {
        return stack;
    }
    if prefix.contains(name) {
        if len == 0 { format!("{prefix}: {stack}") } else { format!("{prefix}{}", &stack[len..]) }
    } else {
        format!("{prefix} [{name}]{}", &stack[len..])
    }
}

/// identicalSequenceRange: the longest run (over 3 lines) of `a` also found in `b`.
fn identical_sequence_range(a: &[&str], b: &[&str]) -> (usize, usize) {
    for i in 0..a.len().saturating_sub(3) {
        if let Some(pos) = b.iter().position(|x| *x == a[i]) {
            let rest = b.len() - pos;
            if rest > 3 {
                let mut len = 1;
                let max_len = (a.len() - i).min(rest);
                while max_len > len && a[i + len] == b[pos + len] {
                    len += 1;
                }
                if len > 3 {
                    return (len, i);
                }
            }
        }
    }
    (0, 0)
}

/// getStackFrames: the frame lines, with frames repeated from the cause's stack elided.
fn get_stack_frames(vm: &mut Vm, err: ObjId, stack: &str) -> JsResult<Vec<String>> {
    let mut frames: Vec<String> = stack.split('\n').map(str::to_string).collect();
    let cause = match vm.get(err, PropertyKey::String(vm.names.cause), Value::Object(err)) {
        Ok(c) => c,
        Err(e) if vm.terminating.is_some() => return Err(e),
        Err(_) => Value::Undefined,
    };
    if let Value::Object(c) = cause
        && matches!(vm.obj(c).kind, crate::object::ObjectKind::Error)
    {
        let cause_stack = get_stack_string(vm, c)?;
        if let Some(start) = cause_stack.find("\n    at") {
            let cause_frames: Vec<&str> = cause_stack[start + 1..].split('\n').collect();
            let a: Vec<&str> = frames.iter().map(String::as_str).collect();
            let (len, offset) = identical_sequence_range(&a, &cause_frames);
            if len > 0 {
                let skipped = len - 2;
                let msg = format!("    ... {skipped} lines matching cause stack trace ...");
                frames.splice(offset + 1..offset + 1 + skipped, [msg]);
            }
        }
    }
    Ok(frames)
}

/// formatError: the stack (or `[Name: message]` without one) with keys that merely repeat it
/// removed and `cause` / `errors` added.
pub(super) fn format_error(
    vm: &mut Vm,
    ctx: &mut Ctx,
    err: ObjId,
    constructor: Option<&str>,
    tag: &str,
    keys: &mut Vec<PropertyKey>,
) -> JsResult<String> {
    let this = Value::Object(err);
    let n = vm.names;
    let name_v = vm.get(err, PropertyKey::String(n.name), this)?;
    let name = if name_v.is_nullish() { "Error".to_string() } else { js_string(vm, name_v)? };
    let mut stack = get_stack_string(vm, err)?;

    // removeDuplicateErrorKeys
    if !ctx.opts.show_hidden && !keys.is_empty() {
        for k in [n.name, n.message, n.stack] {
            let key = PropertyKey::String(k);
            if let Some(i) = keys.iter().position(|&x| x == key) {
                let v = vm.get(err, key, this)?;
                let s = js_string(vm, v)?;
                if stack.contains(&s) {
                    keys.remove(i);
                }
            }
        }
    }
    let cause = PropertyKey::String(n.cause);
    if vm.has_property(err, cause)? && !keys.contains(&cause) {
        keys.push(cause);
    }
    // Errors aggregated into an AggregateError.
    let errors = PropertyKey::String(n.errors);
    let ev = vm.get(err, errors, this)?;
    if vm.is_array(ev)? && !keys.contains(&errors) {
        keys.push(errors);
    }

    stack = improve_stack(stack, constructor, &name, tag);

    // Ignore the error message if it's contained in the stack.
    let msg = vm.get(err, PropertyKey::String(n.message), this)?;
    let mut pos: Option<usize> = None;
    if vm.to_boolean(msg) {
        let m = js_string(vm, msg)?;
        if let Some(i) = stack.find(&m)
            && i > 0
        {
            pos = Some(if matches!(msg, Value::String(_)) { i + m.len() } else { 0 });
        }
    }
    let from = pos.unwrap_or(0).min(stack.len());
    let stack_start = stack.get(from..).and_then(|s| s.find("\n    at")).map(|i| i + from);
    let mut stack = match stack_start {
        None => format!("[{stack}]"),
        Some(start) => {
            let mut new_stack = stack[..start].to_string();
            let lines = get_stack_frames(vm, err, &stack[start + 1..])?;
            new_stack.push('\n');
            new_stack.push_str(&lines.join("\n"));
            new_stack
        }
    };
    // The message and the stack have to be indented as well.
    if ctx.indentation_lvl != 0 {
        stack = stack.replace('\n', &format!("\n{}", " ".repeat(ctx.indentation_lvl)));
    }
    Ok(stack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn improve() {
        assert_eq!(improve_stack("Error: x".into(), Some("Error"), "Error", ""), "Error: x");
        assert_eq!(improve_stack("Error: x".into(), Some("Foo"), "Error", ""), "Foo [Error]: x");
        assert_eq!(improve_stack("TypeError: x".into(), Some("MyError"), "TypeError", ""), "MyError [TypeError]: x");
        assert_eq!(improve_stack("CustomName: x".into(), Some("Error"), "CustomName", ""), "CustomName: x");
        assert_eq!(improve_stack("Error: x".into(), None, "Error", ""), "[Error: null prototype]: x");
    }
}
