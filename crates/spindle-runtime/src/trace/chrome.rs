//! The async timeline as Chrome trace events (the "Trace Event Format" Perfetto and
//! `chrome://tracing` read): every agent is a thread track of process 1; macrotasks and jobs
//! are duration slices (`B`/`E`) on it; promise creation and settlement, reactions, yields and
//! resumptions are instant events (`i`) inside them; the settlement that queues a job starts a
//! flow (`s`) that ends at the job's slice (`f`), and so does a message between agents; each
//! `await` is an async slice (`b`/`e`) on the track of its function activation, from the
//! suspension to the resumption.

use super::{AgentTrace, passes};
use spindle::trace::EventKind;
use std::fmt::Write;

const PID: u64 = 1;

/// A JSON string literal.
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// An optional number as JSON.
fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "null".to_string(), |v| v.to_string())
}

/// Writes trace events, one JSON object per line (written directly: a trace has an event
/// per promise, job and await, and building a JSON tree for each costs ten times more).
struct Writer {
    out: String,
    first: bool,
}

impl Writer {
    /// One event; `extra` is the rest of the object (`,"id":…,"args":{…}`), already JSON.
    fn event(&mut self, ph: &str, name: &str, cat: &str, tid: u64, ts: f64, extra: &str) {
        if !self.first {
            self.out.push_str(",\n");
        }
        self.first = false;
        let _ = write!(
            self.out,
            "{{\"ph\":\"{ph}\",\"name\":{},\"cat\":\"{cat}\",\"pid\":{PID},\"tid\":{tid},\"ts\":{ts:.3}{extra}}}",
            q(name)
        );
    }

    fn meta(&mut self, name: &str, tid: u64, args: &str) {
        if !self.first {
            self.out.push_str(",\n");
        }
        self.first = false;
        let _ = write!(self.out, "{{\"ph\":\"M\",\"name\":\"{name}\",\"pid\":{PID},\"tid\":{tid},\"args\":{args}}}");
    }
}

/// The whole trace file.
pub fn render(agents: &[AgentTrace], filter: &[String]) -> String {
    let mut w = Writer { out: String::with_capacity(1 << 16), first: true };
    w.out.push_str(
        "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"producer\":\"spindle --trace-async\"},\"traceEvents\":[\n",
    );
    w.meta("process_name", 0, "{\"name\":\"spindle\"}");
    for agent in agents {
        w.meta("thread_name", agent.tid, &format!("{{\"name\":{}}}", q(&agent.name)));
        w.meta("thread_sort_index", agent.tid, &format!("{{\"sort_index\":{}}}", agent.tid));
        render_agent(agent, filter, &mut w);
    }
    w.out.push_str("\n]}\n");
    w.out
}

/// A flow id unique in the file: the agent's track and the job number.
fn flow_id(tid: u64, n: u64) -> String {
    format!("{tid}:{n}")
}

fn render_agent(agent: &AgentTrace, filter: &[String], w: &mut Writer) {
    let tid = agent.tid;
    let mut open_tasks = 0usize;
    let mut open_job: Option<u64> = None;
    let mut last_ts = 0f64;
    // Await slices still open, by activation, so each resumption closes its suspension.
    let mut suspended: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    for e in &agent.events {
        let ts = e.ts_ns as f64 / 1000.0;
        last_ts = ts;
        match &e.kind {
            EventKind::TaskBegin { kind, label, flow_in } => {
                open_tasks += 1;
                let name = if label.is_empty() { kind.clone() } else { format!("{kind}: {label}") };
                w.event(
                    "B",
                    &name,
                    "macrotask",
                    tid,
                    ts,
                    &format!(",\"args\":{{\"kind\":{},\"callback\":{}}}", q(kind), q(label)),
                );
                if let Some(f) = flow_in {
                    w.event("f", "message", "message", tid, ts, &format!(",\"id\":\"msg:{f}\",\"bp\":\"e\""));
                }
            }
            EventKind::TaskEnd => {
                if open_tasks > 0 {
                    open_tasks -= 1;
                    w.event("E", "", "macrotask", tid, ts, "");
                }
            }
            EventKind::JobBegin { job, kind, label } => {
                open_job = Some(*job);
                w.event(
                    "B",
                    kind.spec_name(),
                    "microtask",
                    tid,
                    ts,
                    &format!(",\"args\":{{\"job\":{job},\"runs\":{}}}", q(label)),
                );
                w.event("f", "queued", "flow", tid, ts, &format!(",\"id\":\"{}\",\"bp\":\"e\"", flow_id(tid, *job)));
            }
            EventKind::JobEnd { .. } => {
                if open_job.take().is_some() {
                    w.event("E", "", "microtask", tid, ts, "");
                }
            }
            EventKind::PromiseNew { promise, site } => {
                let site = site.as_ref().map_or_else(|| "null".to_string(), |s| q(&s.to_string()));
                let extra = format!(",\"s\":\"t\",\"args\":{{\"promise\":{promise},\"site\":{site}}}");
                w.event("i", &format!("promise #{promise} created"), "promise", tid, ts, &extra);
            }
            EventKind::PromiseSettle { promise, rejected } => {
                let state = if *rejected { "rejected" } else { "fulfilled" };
                let extra = format!(",\"s\":\"t\",\"args\":{{\"promise\":{promise},\"state\":\"{state}\"}}");
                w.event("i", &format!("promise #{promise} {state}"), "promise", tid, ts, &extra);
            }
            EventKind::Reaction { promise, handler } => {
                let extra = format!(",\"s\":\"t\",\"args\":{{\"promise\":{promise},\"handler\":{}}}", q(handler));
                w.event("i", &format!("promise #{promise}: reaction"), "promise", tid, ts, &extra);
            }
            EventKind::JobQueued { job, kind, promise } => {
                let extra = format!(
                    ",\"id\":\"{}\",\"args\":{{\"job\":{job},\"kind\":\"{}\",\"promise\":{}}}",
                    flow_id(tid, *job),
                    kind.spec_name(),
                    opt(*promise)
                );
                w.event("s", "queued", "flow", tid, ts, &extra);
            }
            EventKind::Await { activation, site, promise, text } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                let track = site.to_string();
                let extra = format!(
                    ",\"id\":\"{tid}:act{activation}\",\"args\":{{\"function\":{},\"promise\":{},\"line\":{},\"col\":{}}}",
                    q(&track),
                    opt(*promise),
                    site.line,
                    site.col
                );
                w.event("b", &format!("await {text}"), "await", tid, ts, &extra);
                suspended.insert(*activation, text.clone());
                let extra = format!(
                    ",\"s\":\"t\",\"args\":{{\"activation\":{activation},\"promise\":{},\"site\":{}}}",
                    opt(*promise),
                    q(&track)
                );
                w.event("i", &format!("{} suspends at {text}", site.function), "await", tid, ts, &extra);
            }
            EventKind::Resume { activation, site, text, rejected } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                if let Some(t) = suspended.remove(activation) {
                    w.event(
                        "e",
                        &format!("await {t}"),
                        "await",
                        tid,
                        ts,
                        &format!(",\"id\":\"{tid}:act{activation}\""),
                    );
                }
                let extra = format!(
                    ",\"s\":\"t\",\"args\":{{\"activation\":{activation},\"site\":{},\"rejected\":{rejected}}}",
                    q(&site.to_string())
                );
                w.event("i", &format!("{} resumes after {text}", site.function), "await", tid, ts, &extra);
            }
            EventKind::Yield { activation, site, queue, promise } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                let extra = format!(
                    ",\"s\":\"t\",\"args\":{{\"activation\":{activation},\"site\":{},\"queue\":{},\"promise\":{}}}",
                    q(&site.to_string()),
                    opt(*queue),
                    opt(*promise)
                );
                w.event("i", &format!("{} yields", site.function), "generator", tid, ts, &extra);
            }
            EventKind::GeneratorResume { activation, site, mode } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                let extra = format!(
                    ",\"s\":\"t\",\"args\":{{\"activation\":{activation},\"site\":{},\"mode\":\"{mode}\"}}",
                    q(&site.to_string())
                );
                w.event("i", &format!("{} resumed by {mode}()", site.function), "generator", tid, ts, &extra);
            }
            EventKind::Unhandled { promise } => {
                let extra = format!(",\"s\":\"p\",\"args\":{{\"promise\":{promise}}}");
                w.event("i", &format!("unhandled rejection of promise #{promise}"), "promise", tid, ts, &extra);
            }
            EventKind::FlowOut { flow, label } => {
                let extra = format!(",\"id\":\"msg:{flow}\",\"args\":{{\"message\":{}}}", q(label));
                w.event("s", "message", "message", tid, ts, &extra);
            }
        }
    }
    // Close what the run left open (an exit from inside a callback).
    if open_job.is_some() {
        w.event("E", "", "microtask", tid, last_ts, "");
    }
    for _ in 0..open_tasks {
        w.event("E", "", "macrotask", tid, last_ts, "");
    }
}
