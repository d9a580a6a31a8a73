//! `console.table` as Node 20 prints it (lib/internal/console/constructor.js `table` and
//! lib/internal/cli_table.js): a box-drawn table with left-aligned cells, one row per own
//! key (or Map/Set entry), one column per property seen.

use super::arg;
use super::inspect::{InspectOptions, inspect_with, text::string_width};
use crate::object::ObjectKind;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

const INDEX: &str = "(index)";
/// The index column of Map and Set tables.
const ITERATION_INDEX: &str = "(iteration index)";
const KEY: &str = "Key";
const VALUES: &str = "Values";

/// Node's `_inspect` for table cells: shallow, at most 3 array items, one line.
fn cell(vm: &mut Vm, v: Value) -> JsResult<String> {
    let depth = match v {
        Value::Object(o) if !vm.obj(o).is_array() && super::object::enumerable_own_properties(vm, o, 0)?.len() > 2 => {
            -1.0
        }
        _ => 0.0,
    };
    let opts = InspectOptions { depth, max_array_length: 3, break_length: usize::MAX, ..Default::default() };
    inspect_with(vm, v, opts)
}

fn index_column(n: usize) -> Vec<Option<String>> {
    (0..n).map(|i| Some(i.to_string())).collect()
}

/// console.table ( tabularData [ , properties ] ): Some(text) to print, or None when the data
/// is not an object (then it is logged as is).
pub fn table(vm: &mut Vm, args: &[Value]) -> JsResult<Option<String>> {
    let data = arg(args, 0);
    let properties = match arg(args, 1) {
        Value::Undefined => None,
        Value::Object(p) if vm.obj(p).is_array() => {
            let mut names = Vec::new();
            for v in super::object::enumerable_own_properties(vm, p, 1)? {
                names.push(vm.to_rust_string(v)?);
            }
            Some(names)
        }
        _ => return Err(vm.type_error("The \"properties\" argument must be an instance of Array")),
    };
    let Value::Object(o) = data else { return Ok(None) };
    if let ObjectKind::Map(_) | ObjectKind::Set(_) = vm.obj(o).kind {
        return collection_table(vm, o).map(Some);
    }
    // One row per own enumerable key; a column per property of the rows that are objects.
    let row_keys: Vec<String> = {
        let ks = super::object::enumerable_own_properties(vm, o, 0)?;
        let mut out = Vec::with_capacity(ks.len());
        for k in ks {
            out.push(vm.to_rust_string(k)?);
        }
        out
    };
    let mut columns: Vec<(String, Vec<Option<String>>)> = Vec::new();
    let mut primitives: Vec<Option<String>> = vec![None; row_keys.len()];
    let mut has_primitives = false;
    for (i, rk) in row_keys.iter().enumerate() {
        let key = vm.key_str(rk);
        let item = vm.get(o, key, data)?;
        let primitive = !item.is_object();
        if properties.is_none() && primitive {
            has_primitives = true;
            primitives[i] = Some(cell(vm, item)?);
            continue;
        }
        let names = match (&properties, item) {
            (Some(p), _) => p.clone(),
            (None, Value::Object(io)) => {
                let mut out = Vec::new();
                for k in super::object::enumerable_own_properties(vm, io, 0)? {
                    out.push(vm.to_rust_string(k)?);
                }
                out
            }
            (None, _) => Vec::new(),
        };
        for name in names {
            let col = match columns.iter().position(|(n, _)| *n == name) {
                Some(c) => c,
                None => {
                    columns.push((name.clone(), vec![None; row_keys.len()]));
                    columns.len() - 1
                }
            };
            let value = match item {
                Value::Object(io) if !primitive => {
                    let k = vm.key_str(&name);
                    if vm.get_own_property(io, k)?.is_some() {
                        let v = vm.get(io, k, item)?;
                        Some(cell(vm, v)?)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            columns[col].1[i] = Some(value.unwrap_or_default());
        }
    }
    let mut head = vec![INDEX.to_string()];
    let mut cols = vec![row_keys.iter().cloned().map(Some).collect::<Vec<_>>()];
    for (name, values) in columns {
        head.push(name);
        cols.push(values);
    }
    if has_primitives {
        head.push(VALUES.to_string());
        cols.push(primitives);
    }
    Ok(Some(render(&head, &cols)))
}

fn collection_table(vm: &mut Vm, o: ObjId) -> JsResult<String> {
    // Node iterates the collection live (`for (const [k, v] of tabularData)`).
    let is_set = matches!(vm.obj(o).kind, ObjectKind::Set(_));
    let mut keys = Vec::new();
    let mut values = Vec::new();
    super::map::walk_entries(vm, o, |vm, k, v| {
        if is_set {
            values.push(Some(cell(vm, k)?));
        } else {
            keys.push(Some(cell(vm, k)?));
            values.push(Some(cell(vm, v)?));
        }
        Ok(false)
    })?;
    let entries = values.len();
    let index = index_column(entries);
    Ok(if is_set {
        render(&[ITERATION_INDEX.into(), VALUES.into()], &[index, values])
    } else {
        render(&[ITERATION_INDEX.into(), KEY.into(), VALUES.into()], &[index, keys, values])
    })
}

/// cli_table.js `table(head, columns)`: missing cells are empty, cells are left-aligned.
fn render(head: &[String], columns: &[Vec<Option<String>>]) -> String {
    let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths: Vec<usize> = head.iter().map(|h| string_width(h)).collect();
    for (i, col) in columns.iter().enumerate() {
        for j in 0..rows {
            let w = col.get(j).and_then(|c| c.as_deref()).map_or(0, string_width);
            widths[i] = widths[i].max(w);
        }
    }
    let divider: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
    let render_row = |cells: Vec<&str>| -> String {
        let mut out = String::from("│ ");
        for (i, c) in cells.iter().enumerate() {
            let needed = widths[i] - string_width(c);
            out.push_str(c);
            out.push_str(&" ".repeat(needed));
            if i != cells.len() - 1 {
                out.push_str(" │ ");
            }
        }
        out.push_str(" │");
        out
    };
    let mut result = format!("┌{}┐\n", divider.join("┬"));
    result.push_str(&render_row(head.iter().map(String::as_str).collect()));
    result.push_str(&format!("\n├{}┤\n", divider.join("┼")));
    for j in 0..rows {
        let cells = columns.iter().map(|c| c.get(j).and_then(|x| x.as_deref()).unwrap_or("")).collect();
        result.push_str(&render_row(cells));
        result.push('\n');
    }
    result.push_str(&format!("└{}┘", divider.join("┴")));
    result
}
