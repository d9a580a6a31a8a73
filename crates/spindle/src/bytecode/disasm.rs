//! Human-readable bytecode listing (`spindle --dump-bytecode`).

use super::Code;
use crate::heap::Heap;
use crate::value::Value;
use std::fmt::Write;

/// Renders a constant for the listing.
fn constant(heap: &Heap, v: Value) -> String {
    match v {
        Value::String(s) => format!("{:?}", crate::value::string::lossy(heap.str(s))),
        Value::Number(n) => crate::value::number::number_to_string(n),
        other => format!("{other:?}"),
    }
}

/// Disassembles `code` and every nested function template.
pub fn disassemble(heap: &Heap, code: &Code) -> String {
    let mut out = String::new();
    dump(heap, code, &mut out, "");
    out
}

fn dump(heap: &Heap, code: &Code, out: &mut String, path: &str) {
    let name = if code.name.is_empty() { "<anonymous>" } else { &code.name };
    let _ = writeln!(
        out,
        "function {path}{name} ({:?}{}{}) params={} length={} registers={}",
        code.kind,
        match code.body {
            crate::bytecode::BodyKind::Normal => "",
            crate::bytecode::BodyKind::Generator => ", generator",
            crate::bytecode::BodyKind::Async => ", async",
            crate::bytecode::BodyKind::AsyncGenerator => ", async generator",
        },
        if code.strict { ", strict" } else { "" },
        code.nparams,
        code.length,
        code.nregs
    );
    if !code.constants.is_empty() {
        let _ = writeln!(out, "  constants:");
        for (i, c) in code.constants.iter().enumerate() {
            let _ = writeln!(out, "    k{i} = {}", constant(heap, *c));
        }
    }
    for (pc, op) in code.ops.iter().enumerate() {
        let pos = code.position(pc as u32).map(|(l, c)| format!("{l}:{c}")).unwrap_or_default();
        let mut text = format!("{op:?}");
        // Show string constants inline for readability.
        if let Some(i) = text.find(" k: ").or_else(|| text.find(" key: ")).or_else(|| text.find(" name: ")) {
            let rest = &text[i..];
            let digits: String =
                rest.chars().skip_while(|c| !c.is_ascii_digit()).take_while(|c| c.is_ascii_digit()).collect();
            if let Ok(k) = digits.parse::<usize>()
                && let Some(v) = code.constants.get(k)
                && matches!(
                    op,
                    super::Op::LoadConst { .. }
                        | super::Op::GetProp { .. }
                        | super::Op::SetProp { .. }
                        | super::Op::DefineNamed { .. }
                        | super::Op::GetGlobal { .. }
                        | super::Op::GetGlobalOrUndef { .. }
                        | super::Op::SetGlobal { .. }
                        | super::Op::GetName { .. }
                        | super::Op::SetName { .. }
                )
            {
                text.push_str(&format!("    ; {}", constant(heap, *v)));
            }
        }
        // Suspension points of generators, stated plainly.
        match op {
            super::Op::GeneratorStart { .. } => text
                .push_str(&format!("    ; SUSPEND (start): returns the generator; first next() resumes at {}", pc + 1)),
            super::Op::Yield { dst, .. } => text.push_str(&format!(
                "    ; SUSPEND: yields; next(v) resumes at {} with r{dst} = v, throw/return resume here",
                pc + 1
            )),
            super::Op::Await { dst, .. } => text.push_str(&format!(
                "    ; SUSPEND: awaits; resumes at {} with r{dst} = the settled value (or throws here)",
                pc + 1
            )),
            super::Op::YieldStar { .. } => {
                text.push_str("    ; SUSPEND per inner step: every resumption re-runs this instruction")
            }
            _ => {}
        }
        let _ = writeln!(out, "  {pc:4}  {pos:>8}  {text}");
    }
    for h in code.handlers() {
        let _ = writeln!(
            out,
            "  handler [{}, {}) -> {} (r{}){}",
            h.start,
            h.end,
            h.target,
            h.reg,
            if h.finally { " finally" } else { "" }
        );
    }
    let _ = writeln!(out);
    let sub = format!("{path}{name}/");
    for f in &code.functions {
        dump(heap, f, out, &sub);
    }
}
