//! The async timeline as Chrome trace events (the "Trace Event Format" Perfetto and
//! `chrome://tracing` read): every agent is a thread track of process 1; macrotasks and jobs
//! are duration slices (`B`/`E`) on it; promise creation and settlement, reactions, yields and
//! resumptions are instant events (`i`) inside them; the settlement that queues a job starts a
//! flow (`s`) that ends at the job's slice (`f`), and so does a message between agents; each
//! `await` is an async slice (`b`/`e`) on the track of its function activation, from the
//! suspension to the resumption.

use super::{AgentTrace, passes};
use serde_json::{Value as Json, json};
use spindle::trace::EventKind;

const PID: u64 = 1;

/// The whole trace file.
pub fn render(agents: &[AgentTrace], filter: &[String]) -> String {
    let mut events: Vec<Json> = vec![json!({
        "ph": "M", "name": "process_name", "pid": PID, "tid": 0, "args": { "name": "spindle" }
    })];
    for agent in agents {
        events.push(json!({
            "ph": "M", "name": "thread_name", "pid": PID, "tid": agent.tid, "args": { "name": agent.name }
        }));
        events.push(json!({
            "ph": "M", "name": "thread_sort_index", "pid": PID, "tid": agent.tid, "args": { "sort_index": agent.tid }
        }));
        render_agent(agent, filter, &mut events);
    }
    let doc =
        json!({ "traceEvents": events, "displayTimeUnit": "ms", "otherData": { "producer": "spindle --trace-async" } });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A flow id unique in the file: the agent's track and the job (or message) number.
fn flow_id(tid: u64, n: u64) -> String {
    format!("{tid}:{n}")
}

fn render_agent(agent: &AgentTrace, filter: &[String], out: &mut Vec<Json>) {
    let tid = agent.tid;
    let mut open_tasks = 0usize;
    let mut open_job: Option<u64> = None;
    let mut last_ts = 0f64;
    // Await slices still open, by activation, so each resumption closes its suspension.
    let mut suspended: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    for e in &agent.events {
        let ts = e.ts_ns as f64 / 1000.0;
        last_ts = ts;
        let base = |ph: &str, name: String, cat: &str| json!({ "ph": ph, "name": name, "cat": cat, "pid": PID, "tid": tid, "ts": ts });
        match &e.kind {
            EventKind::TaskBegin { kind, label, flow_in } => {
                open_tasks += 1;
                let name = if label.is_empty() { kind.clone() } else { format!("{kind}: {label}") };
                let mut b = base("B", name, "macrotask");
                b["args"] = json!({ "kind": kind, "callback": label });
                out.push(b);
                if let Some(f) = flow_in {
                    let mut fe = base("f", "message".into(), "message");
                    fe["id"] = json!(format!("msg:{f}"));
                    fe["bp"] = json!("e");
                    out.push(fe);
                }
            }
            EventKind::TaskEnd => {
                if open_tasks > 0 {
                    open_tasks -= 1;
                    out.push(base("E", String::new(), "macrotask"));
                }
            }
            EventKind::JobBegin { job, kind, label } => {
                open_job = Some(*job);
                let mut b = base("B", kind.spec_name().into(), "microtask");
                b["args"] = json!({ "job": job, "runs": label });
                out.push(b);
                let mut f = base("f", "queued".into(), "flow");
                f["id"] = json!(flow_id(tid, *job));
                f["bp"] = json!("e");
                out.push(f);
            }
            EventKind::JobEnd { .. } => {
                if open_job.take().is_some() {
                    out.push(base("E", String::new(), "microtask"));
                }
            }
            EventKind::PromiseNew { promise, site } => {
                let mut i = base("i", format!("promise #{promise} created"), "promise");
                i["s"] = json!("t");
                i["args"] = json!({ "promise": promise, "site": site.as_ref().map(ToString::to_string) });
                out.push(i);
            }
            EventKind::PromiseSettle { promise, rejected } => {
                let state = if *rejected { "rejected" } else { "fulfilled" };
                let mut i = base("i", format!("promise #{promise} {state}"), "promise");
                i["s"] = json!("t");
                i["args"] = json!({ "promise": promise, "state": state });
                out.push(i);
            }
            EventKind::Reaction { promise, handler } => {
                let mut i = base("i", format!("promise #{promise}: reaction"), "promise");
                i["s"] = json!("t");
                i["args"] = json!({ "promise": promise, "handler": handler });
                out.push(i);
            }
            EventKind::JobQueued { job, kind, promise } => {
                let mut s = base("s", "queued".into(), "flow");
                s["id"] = json!(flow_id(tid, *job));
                s["args"] = json!({ "job": job, "kind": kind.spec_name(), "promise": promise });
                out.push(s);
            }
            EventKind::Await { activation, site, promise, text } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                let track = format!("{site}");
                let mut b = base("b", format!("await {text}"), "await");
                b["id"] = json!(format!("{tid}:act{activation}"));
                b["args"] = json!({ "function": track, "promise": promise, "line": site.line, "col": site.col });
                out.push(b);
                suspended.insert(*activation, text.clone());
                let mut i = base("i", format!("{} suspends at {text}", site.function), "await");
                i["s"] = json!("t");
                i["args"] = json!({ "activation": activation, "promise": promise, "site": track });
                out.push(i);
            }
            EventKind::Resume { activation, site, text, rejected } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                if let Some(t) = suspended.remove(activation) {
                    let mut e = base("e", format!("await {t}"), "await");
                    e["id"] = json!(format!("{tid}:act{activation}"));
                    out.push(e);
                }
                let mut i = base("i", format!("{} resumes after {text}", site.function), "await");
                i["s"] = json!("t");
                i["args"] = json!({ "activation": activation, "site": site.to_string(), "rejected": rejected });
                out.push(i);
            }
            EventKind::Yield { activation, site, queue, promise } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                let mut i = base("i", format!("{} yields", site.function), "generator");
                i["s"] = json!("t");
                i["args"] =
                    json!({ "activation": activation, "site": site.to_string(), "queue": queue, "promise": promise });
                out.push(i);
            }
            EventKind::GeneratorResume { activation, site, mode } => {
                if !passes(filter, &site.function) {
                    continue;
                }
                let mut i = base("i", format!("{} resumed by {mode}()", site.function), "generator");
                i["s"] = json!("t");
                i["args"] = json!({ "activation": activation, "site": site.to_string(), "mode": mode });
                out.push(i);
            }
            EventKind::Unhandled { promise } => {
                let mut i = base("i", format!("unhandled rejection of promise #{promise}"), "promise");
                i["s"] = json!("p");
                i["args"] = json!({ "promise": promise });
                out.push(i);
            }
            EventKind::FlowOut { flow, label } => {
                let mut s = base("s", "message".into(), "message");
                s["id"] = json!(format!("msg:{flow}"));
                s["args"] = json!({ "message": label });
                out.push(s);
            }
        }
    }
    // Close what the run left open (an exit from inside a callback).
    let close = |cat: &str| json!({ "ph": "E", "name": "", "cat": cat, "pid": PID, "tid": tid, "ts": last_ts });
    if open_job.is_some() {
        out.push(close("microtask"));
    }
    for _ in 0..open_tasks {
        out.push(close("macrotask"));
    }
}
