//! `spindle --trace-async` (issue 22): the engine's async timeline (`spindle::trace`) with
//! the host's macrotasks around it, written as a Chrome trace-event JSON file (Perfetto and
//! `chrome://tracing` open it: `chrome.rs`), a self-contained HTML page that draws it
//! (`html.rs`) or an indented text log on stderr (`text.rs`).

pub mod chrome;
pub mod html;
pub mod text;

use spindle::trace::{Event, EventKind, Tracer};
use spindle::{Value, Vm};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Where the trace goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TraceOutput {
    /// `--trace-async=FILE.json` (any name but `-` and `*.html`).
    Json(PathBuf),
    /// `--trace-async=FILE.html`
    Html(PathBuf),
    /// `--trace-async=-`: the text form on stderr.
    Text,
}

/// `--trace-async` and `--trace-filter`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceOptions {
    pub output: TraceOutput,
    /// Keep only the functions whose names contain one of these (empty: everything).
    pub filter: Vec<String>,
}

impl TraceOptions {
    /// Reads `--trace-async=VALUE` and an optional `--trace-filter=a,b`.
    pub fn parse(value: &str, filter: Option<&str>) -> TraceOptions {
        let output = if value == "-" {
            TraceOutput::Text
        } else if value.ends_with(".html") || value.ends_with(".htm") {
            TraceOutput::Html(PathBuf::from(value))
        } else {
            TraceOutput::Json(PathBuf::from(value))
        };
        let filter = filter
            .map(|f| f.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect())
            .unwrap_or_default();
        TraceOptions { output, filter }
    }
}

/// One agent's recording: its thread track (1 for the main thread, worker thread id + 1).
pub struct AgentTrace {
    pub tid: u64,
    pub name: String,
    pub events: Vec<Event>,
}

/// Writes what the agents recorded where `options` says.
pub fn write(options: &TraceOptions, agents: &[AgentTrace]) -> std::io::Result<()> {
    match &options.output {
        TraceOutput::Json(path) => std::fs::write(path, chrome::render(agents, &options.filter)),
        TraceOutput::Html(path) => std::fs::write(path, html::render(&chrome::render(agents, &options.filter))),
        TraceOutput::Text => {
            let mut err = std::io::stderr().lock();
            std::io::Write::write_all(&mut err, text::render(agents, &options.filter).as_bytes())
        }
    }
}

/// The process's tracing session: the clock every agent's events share, and the recordings
/// of the workers that ended (each worker is an agent on its own thread with its own
/// tracer; it hands its events over when it ends).
struct Session {
    origin: std::time::Instant,
    workers: Vec<AgentTrace>,
}

static SESSION: Mutex<Option<Session>> = Mutex::new(None);
/// Message flows are numbered process-wide: a flow starts in one agent and ends in another.
static NEXT_FLOW: AtomicU64 = AtomicU64::new(1);

/// Starts the session and recording on the main agent.
pub fn start(vm: &mut Vm, origin: std::time::Instant) {
    if let Ok(mut s) = SESSION.lock() {
        *s = Some(Session { origin, workers: Vec::new() });
    }
    vm.start_tracing(origin);
}

/// A worker agent starts recording if the process traces.
pub fn join(vm: &mut Vm) {
    let origin = SESSION.lock().ok().and_then(|s| s.as_ref().map(|s| s.origin));
    if let Some(origin) = origin {
        vm.start_tracing(origin);
    }
}

/// A worker agent ends: its recording joins the session's.
pub fn leave(vm: &mut Vm, tid: u64, name: &str) {
    let Some(tracer) = vm.take_trace() else { return };
    if let Ok(mut s) = SESSION.lock()
        && let Some(s) = s.as_mut()
    {
        s.workers.push(AgentTrace { tid, name: name.to_string(), events: tracer.events });
    }
}

/// The main agent's recording and the workers', main first, then by thread.
pub fn finish(vm: &mut Vm) -> Vec<AgentTrace> {
    let tracer: Option<Box<Tracer>> = vm.take_trace();
    let mut agents: Vec<AgentTrace> =
        tracer.map(|t| AgentTrace { tid: 1, name: "main".into(), events: t.events }).into_iter().collect();
    if let Ok(mut s) = SESSION.lock()
        && let Some(session) = s.take()
    {
        let mut workers = session.workers;
        workers.sort_by_key(|w| w.tid);
        agents.extend(workers);
    }
    agents
}

/// A message leaves this agent (`label` says through what): its flow id.
pub fn message_sent(vm: &mut Vm, label: &str) -> u64 {
    let flow = NEXT_FLOW.fetch_add(1, Ordering::Relaxed);
    vm.trace_event(EventKind::FlowOut { flow, label: label.to_string() });
    flow
}

/// A message arrives: its delivery is a slice the flow ends at (closed with `task_end`).
pub fn message_begin(vm: &mut Vm, label: &str, flow: u64) {
    vm.trace_event(EventKind::TaskBegin { kind: "message".into(), label: label.to_string(), flow_in: Some(flow) });
}

/// A macrotask's slice begins: `kind` is script, timer, immediate, io or message.
pub fn task_begin(vm: &mut Vm, kind: &str, callback: Option<Value>) {
    if !vm.tracing() {
        return;
    }
    let label = callback.map(|f| vm.trace_callable_label(f)).unwrap_or_default();
    vm.trace_event(EventKind::TaskBegin { kind: kind.to_string(), label, flow_in: None });
}

/// The script's own slice, labelled with its file name.
pub fn script_begin(vm: &mut Vm, file: &str) {
    if vm.tracing() {
        let label = file.rsplit('/').next().unwrap_or(file).to_string();
        vm.trace_event(EventKind::TaskBegin { kind: "script".into(), label, flow_in: None });
    }
}

/// The open macrotask slice ends.
pub fn task_end(vm: &mut Vm) {
    if vm.tracing() {
        vm.trace_event(EventKind::TaskEnd);
    }
}

/// Whether an event about `site_function` passes the filter.
pub(crate) fn passes(filter: &[String], text: &str) -> bool {
    filter.is_empty() || filter.iter().any(|f| text.contains(f.as_str()))
}
