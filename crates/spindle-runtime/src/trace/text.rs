//! The text form of the async timeline (`--trace-async=-`): one line per event, the
//! macrotasks and jobs as `tick N` headers and what happened inside them indented below.
//! Deterministic: ticks and the tracer's own ids, never times.

use super::{AgentTrace, passes};
use spindle::trace::{EventKind, JobKind};
use std::fmt::Write;

/// The log of every agent, one after the other.
pub fn render(agents: &[AgentTrace], filter: &[String]) -> String {
    let mut out = String::new();
    for agent in agents {
        if agents.len() > 1 {
            let _ = writeln!(out, "== {} ==", agent.name);
        }
        render_agent(agent, filter, &mut out);
    }
    out
}

fn render_agent(agent: &AgentTrace, filter: &[String], out: &mut String) {
    let mut tick = 0u64;
    // The open slice's header, printed once something in it passes the filter.
    let mut header: Option<String> = None;
    for e in &agent.events {
        let line = match &e.kind {
            EventKind::TaskBegin { kind, label, .. } => {
                tick += 1;
                let h = format!("tick {tick}  task  {kind}  {label}");
                if passes(filter, &h) {
                    header = None;
                    let _ = writeln!(out, "{h}");
                } else {
                    header = Some(h);
                }
                continue;
            }
            EventKind::TaskEnd => {
                header = None;
                continue;
            }
            EventKind::JobBegin { job, kind, label } => {
                tick += 1;
                let h = format!("tick {tick}  job   {}  {label}  (job {job})", kind.spec_name());
                if passes(filter, &h) {
                    flush(out, &mut header, h);
                } else {
                    header = Some(h);
                }
                continue;
            }
            EventKind::JobEnd { .. } => {
                header = None;
                continue;
            }
            EventKind::PromiseNew { promise, site } => match site {
                Some(s) => format!("promise #{promise} created in {s}"),
                None => format!("promise #{promise} created by a built-in"),
            },
            EventKind::PromiseSettle { promise, rejected } => {
                format!("promise #{promise} {}", if *rejected { "rejected" } else { "fulfilled" })
            }
            EventKind::Reaction { promise, handler } => format!("promise #{promise} gets a reaction: {handler}"),
            EventKind::JobQueued { job, kind, promise } => match (kind, promise) {
                (JobKind::ResolveThenable, Some(p)) => {
                    format!("queues job {job} ({}) to resolve promise #{p}", kind.spec_name())
                }
                (_, Some(p)) => format!("queues job {job} ({}) from promise #{p}", kind.spec_name()),
                (_, None) => format!("queues job {job} ({})", kind.spec_name()),
            },
            EventKind::Await { site, promise, text, .. } => match promise {
                Some(p) => format!("{site} suspends at {text} (waits on promise #{p})"),
                None => format!("{site} suspends at {text}"),
            },
            // The job's header already says what it resumes; a rejection is worth a line.
            EventKind::Resume { rejected: false, .. } => continue,
            EventKind::Resume { site, text, .. } => format!("{site} resumes after {text} with a rejection"),
            EventKind::Yield { site, queue, promise, .. } => {
                let what = promise.map(|p| format!(" promise #{p}")).unwrap_or_default();
                match queue {
                    Some(q) => format!("{site} yields{what} ({q} request(s) queued)"),
                    None => format!("{site} yields{what}"),
                }
            }
            EventKind::GeneratorResume { site, mode, .. } => format!("{site} resumed by {mode}()"),
            EventKind::Unhandled { promise } => format!("promise #{promise} rejected and never handled"),
            EventKind::FlowOut { flow, label } => format!("message {flow} sent: {label}"),
        };
        if !passes(filter, &line) && header.as_deref().is_none_or(|h| !passes(filter, h)) {
            continue;
        }
        flush(out, &mut header, String::new());
        let _ = writeln!(out, "        {line}");
    }
}

/// Prints a pending header (and `line` when it is one).
fn flush(out: &mut String, header: &mut Option<String>, line: String) {
    if let Some(h) = header.take() {
        let _ = writeln!(out, "{h}");
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{line}");
    }
}
