//! Line breaking of the inspector: Node's `reduceToSingleString`, `isBelowBreakLength` and
//! `groupArrayElements` (lib/internal/util/inspect.js), ported step by step.

use super::text::{Text, len16};
use super::{Ctx, ExtrasType};
use crate::object::property::PropertyKey;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// Whether `output` fits on one line of `breakLength` columns after `start` columns.
fn is_below_break_length(ctx: &Ctx, output: &[Text], start: usize, base: &str) -> bool {
    // Each entry is separated by at least a comma, hence `output.len()` to begin with.
    let mut total = output.len() + start;
    if total + output.len() > ctx.opts.break_length {
        return false;
    }
    for s in output {
        total += s.len16();
        if total > ctx.opts.break_length {
            return false;
        }
    }
    // Do not line up properties on the same line if `base` contains line breaks.
    base.is_empty() || !base.contains('\n')
}

/// Joins the formatted entries of one object either on a single line (when they fit and the
/// object is within `compact` levels of the innermost one) or one entry per line.
#[allow(clippy::too_many_arguments)]
pub(super) fn reduce_to_single_string(
    vm: &mut Vm,
    ctx: &mut Ctx,
    mut output: Vec<Text>,
    base: &str,
    braces: (&str, &str),
    extras: ExtrasType,
    recurse_times: usize,
    value: Option<ObjId>,
) -> JsResult<Text> {
    let base_sp = if base.is_empty() { String::new() } else { format!("{base} ") };
    if ctx.opts.compact == super::COMPACT_TRUE {
        // Node: entries on one line when they fit, else each on its own line after the brace.
        if is_below_break_length(ctx, &output, 0, base) {
            let base_part = if base.is_empty() { String::new() } else { format!(" {base}") };
            return Ok(Text::cat([
                Text::from(format!("{}{base_part} ", braces.0)),
                Text::join(output, ", "),
                Text::from(format!(" {}", braces.1)),
            ]));
        }
        let indentation = " ".repeat(ctx.indentation_lvl);
        let ln = if base.is_empty() && len16(braces.0) == 1 {
            " ".to_string()
        } else {
            let base_part = if base.is_empty() { String::new() } else { format!(" {base}") };
            format!("{base_part}\n{indentation}  ")
        };
        return Ok(Text::cat([
            Text::from(format!("{}{ln}", braces.0)),
            Text::join(output, &format!(",\n{indentation}  ")),
            Text::from(format!(" {}", braces.1)),
        ]));
    }
    if ctx.opts.compact >= 1 {
        // Remember the original length: grouped output is never put on a single line.
        let entries = output.len();
        if extras == ExtrasType::ArrayExtras && entries > 6 {
            output = group_array_elements(vm, ctx, output, value)?;
        }
        // `current_depth` is the innermost depth reached below this object; consolidate
        // the entries of the `compact` innermost levels onto one line when they fit.
        if ctx.current_depth.saturating_sub(recurse_times) < ctx.opts.compact && entries == output.len() {
            // 10 is a constant start next to the other factors that shorten the line.
            let start = output.len() + ctx.indentation_lvl + len16(braces.0) + len16(base) + 10;
            // `join(output, ', ')` contains a line break exactly when an entry does.
            if is_below_break_length(ctx, &output, start, base) && !output.iter().any(Text::has_newline) {
                return Ok(Text::cat([
                    Text::from(format!("{base_sp}{} ", braces.0)),
                    Text::join(output, ", "),
                    Text::from(format!(" {}", braces.1)),
                ]));
            }
        }
    }
    Ok(multi_line(ctx, output, &base_sp, braces))
}

/// The entries one per line: `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
/// join(output, `,${indentation}  `)}${indentation}${braces[1]}`.
fn multi_line(ctx: &Ctx, output: Vec<Text>, base_sp: &str, braces: (&str, &str)) -> Text {
    let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
    Text::cat([
        Text::from(format!("{base_sp}{}{indentation}  ", braces.0)),
        Text::join(output, &format!(",{indentation}  ")),
        Text::from(format!("{indentation}{}", braces.1)),
    ])
}

/// Arranges many short array entries into aligned columns (numbers right-aligned, other
/// values left-aligned), aiming for a roughly square block of text.
fn group_array_elements(vm: &mut Vm, ctx: &Ctx, output: Vec<Text>, value: Option<ObjId>) -> JsResult<Vec<Text>> {
    let mut total_length = 0usize;
    let mut max_length = 0usize;
    let mut output_length = output.len();
    if ctx.opts.max_array_length < output.len() {
        // Leave the "... n more items" entry out of the calculation.
        output_length -= 1;
    }
    let separator_space = 2; // a comma and a space
    let mut data_len = Vec::with_capacity(output_length);
    for s in &output[..output_length] {
        let len = s.width();
        data_len.push(len);
        total_length += len + separator_space;
        max_length = max_length.max(len);
    }
    let actual_max = max_length + separator_space;
    // At least three entries must fit next to each other, and one entry may not be longer
    // than a fifth of all the others combined (the gaps would be enormous).
    if actual_max * 3 + ctx.indentation_lvl < ctx.opts.break_length
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        // A square of n rectangles of size actual_max * approx_char_heights, in columns.
        let columns = js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
            .min(((ctx.opts.break_length - ctx.indentation_lvl) / actual_max) as f64)
            .min(ctx.opts.compact as f64 * 4.0)
            .min(15.0);
        if columns <= 1.0 {
            return Ok(output);
        }
        let columns = columns as usize;
        let mut max_line_length = Vec::with_capacity(columns);
        for i in 0..columns {
            let mut line_max = 0;
            let mut j = i;
            while j < output.len() {
                if let Some(&l) = data_len.get(j) {
                    line_max = line_max.max(l);
                }
                j += columns;
            }
            max_line_length.push(line_max + separator_space);
        }
        let mut pad_numbers = true;
        if let Some(o) = value {
            for i in 0..output.len() {
                let v = vm.get(o, PropertyKey::Index(i as u32), Value::Object(o))?;
                if !matches!(v, Value::Number(_) | Value::BigInt(_)) {
                    pad_numbers = false;
                    break;
                }
            }
        }
        let total_entries = output.len();
        let mut entries = output.into_iter();
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            // The last line may hold fewer entries than there are columns.
            let max = (i + columns).min(output_length);
            let mut line = Text::cat([]);
            for j in i..max {
                let Some(entry) = entries.next() else { break };
                // Width-based padding expressed in UTF-16 units.
                let padding = max_line_length[j - i] + entry.len16() - data_len[j];
                if j < max - 1 {
                    let cell = Text::cat([entry, Text::from(", ")]);
                    line.push(if pad_numbers { cell.pad_start(padding) } else { cell.pad_end(padding) });
                } else if pad_numbers {
                    line.push(entry.pad_start(padding - separator_space));
                } else {
                    line.push(entry);
                }
            }
            tmp.push(line);
            i += columns;
        }
        if ctx.opts.max_array_length < total_entries {
            tmp.extend(entries);
        }
        return Ok(tmp);
    }
    Ok(output)
}

/// `Math.round`: halves round towards +Infinity.
fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}
