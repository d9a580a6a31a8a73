//! Binary data in the inspector: Node's `formatTypedArray` and `formatArrayBuffer`
//! (lib/internal/util/inspect.js). DataView needs no formatter of its own: formatRaw lists
//! its `byteLength`, `byteOffset` and `buffer` as properties.

use super::text::{Text, format_number};
use super::{Ctx, format_value, remaining_text};
use crate::object::ObjectKind;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// formatTypedArray: up to maxArrayLength elements (numbers as formatNumber shows them,
/// `-0` included; BigInts with `n`), `... n more items`, and with showHidden the
/// `[BYTES_PER_ELEMENT]`, `[length]`, `[byteLength]`, `[byteOffset]` and `[buffer]` values.
pub(super) fn format_typed_array(
    vm: &mut Vm,
    ctx: &mut Ctx,
    o: ObjId,
    length: usize,
    recurse_times: usize,
) -> JsResult<Vec<Text>> {
    let max_length = ctx.opts.max_array_length.min(length);
    // Node reads `value.length` again: a getter run meanwhile may have shrunk the buffer.
    let current = vm.typed_array_length_of(o).unwrap_or(0);
    let remaining = current.saturating_sub(max_length);
    let mut output = Vec::with_capacity(max_length + 1);
    for i in 0..max_length {
        let text = match vm.typed_array_get_element(o, i as f64) {
            Value::Number(n) => format_number(n),
            Value::BigInt(b) => format!("{}n", vm.bigint_to_string(b, 10)),
            // An index past a buffer shrunk meanwhile reads as undefined.
            _ => "undefined".to_string(),
        };
        output.push(Text::from(text));
    }
    if remaining > 0 {
        output.push(remaining_text(remaining as u64).into());
    }
    if ctx.opts.show_hidden {
        ctx.indentation_lvl += 2;
        for key in ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"] {
            let k = vm.key_str(key);
            let v = vm.get(o, k, Value::Object(o));
            let s = v.and_then(|v| {
                vm.root(v);
                ctx.typed_array = true;
                let s = format_value(vm, ctx, v, recurse_times);
                ctx.typed_array = false;
                s
            });
            let s = match s {
                Ok(s) => s,
                Err(e) => {
                    ctx.indentation_lvl -= 2;
                    return Err(e);
                }
            };
            output.push(Text::cat([Text::from(format!("[{key}]: ")), s]));
        }
        ctx.indentation_lvl -= 2;
    }
    Ok(output)
}

/// formatArrayBuffer: `[Uint8Contents]: <00 01 …>` with at most maxArrayLength bytes in
/// hex and `... n more bytes`, or `(detached)`.
pub(super) fn format_array_buffer(vm: &mut Vm, ctx: &Ctx, o: ObjId) -> Vec<Text> {
    if vm.is_detached_buffer(o)
        || !matches!(vm.obj(o).kind, ObjectKind::ArrayBuffer(_) | ObjectKind::SharedArrayBuffer(_))
    {
        return vec!["(detached)".into()];
    }
    let len = vm.buffer_byte_length(o);
    let shown = ctx.opts.max_array_length.min(len);
    let mut bytes = vec![0u8; shown];
    vm.buffer_read(o, 0, &mut bytes);
    let mut hex = String::with_capacity(shown * 3 + 24);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            hex.push(' ');
        }
        hex.push_str(&format!("{b:02x}"));
    }
    let remaining = len - shown;
    if remaining > 0 {
        hex.push_str(&format!(" ... {remaining} more byte{}", if remaining > 1 { "s" } else { "" }));
    }
    vec![format!("[Uint8Contents]: <{hex}>").into()]
}
