//! The async timeline (issue 22): when a host turns tracing on, the engine records what its
//! machinery does — promises made and settled, reactions registered, jobs queued and run,
//! `await` suspensions and resumptions, generator `yield`s and resumptions — as a list of
//! events the host writes out (`spindle --trace-async`). Off, every hook is one check of
//! `Vm::trace` (an `Option`), on paths that already allocate or call.
//!
//! Ids are the tracer's own, in order of first sight, so a trace is deterministic: promise
//! `#n` is the n-th promise made while tracing, job `n` the n-th job queued (the queue is
//! FIFO, so the n-th job run is job n), and each async function call or generator gets an
//! activation id for its track.

use crate::bytecode::Code;
use crate::jobs::{Handler, Job};
use crate::object::{GeneratorKind, ObjectKind, ResumeMode};
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use std::time::Instant;

/// Where something happened in the source: the function and its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// The function's name (`(anonymous)` when it has none, `(script)` for top-level code).
    pub function: String,
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl Site {
    /// `file.js:line:col`, the file without its directories (as a learner reads it).
    pub fn location(&self) -> String {
        let file = self.file.rsplit('/').next().unwrap_or(&self.file);
        format!("{file}:{}:{}", self.line, self.col)
    }
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.function, self.location())
    }
}

/// What kind of job a queued job is (ECMA-262 §27.2.2 and the host's microtasks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// NewPromiseReactionJob
    Reaction,
    /// NewPromiseResolveThenableJob
    ResolveThenable,
    /// A host microtask (`queueMicrotask`, `process.nextTick`'s drain)
    Callback,
}

impl JobKind {
    pub fn spec_name(self) -> &'static str {
        match self {
            JobKind::Reaction => "PromiseReactionJob",
            JobKind::ResolveThenable => "PromiseResolveThenableJob",
            JobKind::Callback => "HostMicrotask",
        }
    }
}

/// One recorded event.
#[derive(Clone, Debug)]
pub struct Event {
    /// Nanoseconds since tracing started (the JSON form's clock; the text form omits it).
    pub ts_ns: u64,
    pub kind: EventKind,
}

#[derive(Clone, Debug)]
pub enum EventKind {
    /// A macrotask the host runs (script, timer, immediate, I/O completion, message):
    /// the slice's start; `TaskEnd` closes it.
    TaskBegin {
        kind: String,
        label: String,
        flow_in: Option<u64>,
    },
    TaskEnd,
    /// A promise was made (by code at `site`, when script code made it).
    PromiseNew {
        promise: u32,
        site: Option<Site>,
    },
    /// A promise was fulfilled or rejected.
    PromiseSettle {
        promise: u32,
        rejected: bool,
    },
    /// A reaction was registered on a pending promise (PerformPromiseThen).
    Reaction {
        promise: u32,
        handler: String,
    },
    /// A job was queued; `promise` is the promise whose settlement (or `then` on a settled
    /// promise) queued it.
    JobQueued {
        job: u64,
        kind: JobKind,
        promise: Option<u32>,
    },
    /// A job's slice starts: its label says what it runs.
    JobBegin {
        job: u64,
        kind: JobKind,
        label: String,
    },
    JobEnd {
        job: u64,
    },
    /// `await` suspended an async function (or async generator) activation.
    Await {
        activation: u32,
        site: Site,
        promise: Option<u32>,
        text: String,
    },
    /// The activation resumed after an await (inside the job that resumes it).
    Resume {
        activation: u32,
        site: Site,
        text: String,
        rejected: bool,
    },
    /// A generator (or async generator) yielded; `queue` is an async generator's request
    /// queue length.
    Yield {
        activation: u32,
        site: Site,
        queue: Option<usize>,
        promise: Option<u32>,
    },
    /// A generator was resumed by next/throw/return.
    GeneratorResume {
        activation: u32,
        site: Site,
        mode: &'static str,
    },
    /// A rejection nobody handled (reported by the host).
    Unhandled {
        promise: u32,
    },
    /// A message left this agent (a flow to the agent that receives it).
    FlowOut {
        flow: u64,
        label: String,
    },
}

/// The recorder (one per agent).
pub struct Tracer {
    origin: Instant,
    pub events: Vec<Event>,
    next_promise: u32,
    next_activation: u32,
    jobs_queued: u64,
    jobs_run: u64,
    /// The promise whose reactions are being queued right now.
    settling: Option<u32>,
    /// Sites and source excerpts by (code id, pc), and functions' labels by code id: each is
    /// worked out from the source once, so a trace costs the same per event however long
    /// the program's source is.
    sites: std::cell::RefCell<std::collections::HashMap<(u64, u32), (Site, String)>>,
    labels: std::cell::RefCell<std::collections::HashMap<u64, String>>,
}

impl Default for Tracer {
    fn default() -> Self {
        Tracer {
            origin: Instant::now(),
            events: Vec::new(),
            next_promise: 0,
            next_activation: 0,
            jobs_queued: 0,
            jobs_run: 0,
            settling: None,
            sites: Default::default(),
            labels: Default::default(),
        }
    }
}

impl Tracer {
    /// Starts the clock at `origin` (the agents of one process share it).
    pub fn with_origin(origin: Instant) -> Self {
        Tracer { origin, ..Tracer::default() }
    }

    pub fn push(&mut self, kind: EventKind) {
        let ts_ns = self.origin.elapsed().as_nanos() as u64;
        self.events.push(Event { ts_ns, kind });
    }
}

/// The source text at (line, col) of `code`'s file, up to the end of the statement,
/// shortened for a one-line label (`await getUser(...)`).
pub fn source_excerpt(code: &Code, line: u32, col: u32) -> String {
    let Some(text) = code.source().lines().nth(line.saturating_sub(1) as usize) else {
        return String::new();
    };
    let start: usize = text.char_indices().nth(col.saturating_sub(1) as usize).map_or(text.len(), |(i, _)| i);
    let rest = &text[start..];
    let end = rest.find([';', '\n']).unwrap_or(rest.len());
    shorten_calls(rest[..end].trim_end())
}

/// `f(a, b)` → `f(...)`: argument lists out of a label, so it stays short.
fn shorten_calls(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => {
                if depth == 0 {
                    out.push_str("(...)");
                }
                depth += 1;
            }
            ')' if depth > 0 => depth -= 1,
            // The end of the enclosing construct (a `for await (… of …)` head, a block).
            ')' | '{' | '}' if depth == 0 => break,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let out = out.trim().to_string();
    if out.chars().count() > 60 { out.chars().take(57).collect::<String>() + "..." } else { out }
}

/// A function's display name (as stack traces show it: the host's name for a CommonJS
/// module's wrapper).
fn function_name(code: &Code) -> String {
    if let Some(name) = code.trace_name.get() {
        return name.to_string();
    }
    if code.name.is_empty() {
        if code.kind == crate::bytecode::FunctionKind::Script { "(script)".into() } else { "(anonymous)".into() }
    } else {
        code.name.to_string()
    }
}

fn site_of(code: &Code, pc: u32) -> Site {
    // Before its first statement a function is at its definition.
    let (line, col) = code.position(pc).unwrap_or(code.definition);
    Site { function: function_name(code), file: code.file().to_string(), line, col }
}

impl Vm {
    /// Turns the async timeline on (from now on, until `take_trace`).
    pub fn start_tracing(&mut self, origin: Instant) {
        self.trace = Some(Box::new(Tracer::with_origin(origin)));
    }

    /// Whether tracing is on.
    #[inline]
    pub fn tracing(&self) -> bool {
        self.trace.is_some()
    }

    /// Stops tracing and hands over what was recorded.
    pub fn take_trace(&mut self) -> Option<Box<Tracer>> {
        self.trace.take()
    }

    /// Records a host event (macrotasks, messages, unhandled rejections).
    pub fn trace_event(&mut self, kind: EventKind) {
        if let Some(t) = &mut self.trace {
            t.push(kind);
        }
    }

    /// The site of `pc` in `code` and the source there, from the tracer's cache when tracing.
    fn site_and_text(&self, code: &Code, pc: u32) -> (Site, String) {
        if let Some(t) = &self.trace
            && let Some(hit) = t.sites.borrow().get(&(code.id, pc))
        {
            return hit.clone();
        }
        let site = site_of(code, pc);
        let text = source_excerpt(code, site.line, site.col);
        if let Some(t) = &self.trace {
            t.sites.borrow_mut().insert((code.id, pc), (site.clone(), text.clone()));
        }
        (site, text)
    }

    /// The site of the innermost script frame.
    fn current_site(&self) -> Option<Site> {
        let f = self.frames.last()?;
        Some(self.site_and_text(&f.code, self.top_pc()).0)
    }

    /// The tracer's id of a promise, given on first sight.
    pub fn trace_promise_id(&mut self, p: ObjId) -> Option<u32> {
        let t = self.trace.as_mut()?;
        let ObjectKind::Promise(d) = &mut self.heap.obj_mut(p).kind else { return None };
        if d.trace_id == 0 {
            t.next_promise += 1;
            d.trace_id = t.next_promise;
        }
        Some(d.trace_id)
    }

    /// The activation id of a generator or async function frame owner, given on first sight.
    fn trace_activation(&mut self, g: ObjId) -> u32 {
        let Some(t) = self.trace.as_mut() else { return 0 };
        let ObjectKind::Generator(d) = &mut self.heap.obj_mut(g).kind else { return 0 };
        if d.trace_id == 0 {
            t.next_activation += 1;
            d.trace_id = t.next_activation;
        }
        d.trace_id
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_promise_new(&mut self, p: ObjId) {
        let site = self.current_site();
        if let Some(promise) = self.trace_promise_id(p) {
            self.trace_event(EventKind::PromiseNew { promise, site });
        }
    }

    /// A promise settles: the reactions queued until `trace_settled_end` belong to it.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_settle_begin(&mut self, p: ObjId, rejected: bool) {
        if let Some(promise) = self.trace_promise_id(p) {
            self.trace_event(EventKind::PromiseSettle { promise, rejected });
            if let Some(t) = &mut self.trace {
                t.settling = Some(promise);
            }
        }
    }

    /// `then` on an already settled promise queues its job at once.
    fn trace_queue_from(&mut self, p: ObjId) {
        if let Some(promise) = self.trace_promise_id(p)
            && let Some(t) = &mut self.trace
        {
            t.settling = Some(promise);
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_settle_end(&mut self) {
        if let Some(t) = &mut self.trace {
            t.settling = None;
        }
    }

    /// PerformPromiseThen on `p`: a reaction registered on a pending promise, or (on a settled
    /// one) the job it queues at once comes from `p`.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_then(&mut self, p: ObjId, handler: &Handler) {
        let pending =
            matches!(&self.heap.obj(p).kind, ObjectKind::Promise(d) if d.state == crate::jobs::PromiseState::Pending);
        if pending { self.trace_reaction(p, handler) } else { self.trace_queue_from(p) }
    }

    fn trace_reaction(&mut self, p: ObjId, handler: &Handler) {
        let label = self.handler_label(handler);
        if let Some(promise) = self.trace_promise_id(p) {
            self.trace_event(EventKind::Reaction { promise, handler: label });
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_job_queued(&mut self, job: &Job) {
        let (kind, own) = match job {
            Job::Reaction { .. } => (JobKind::Reaction, None),
            Job::ResolveThenable { promise, .. } => (JobKind::ResolveThenable, Some(*promise)),
            Job::Callback { .. } => (JobKind::Callback, None),
        };
        let from = match own {
            Some(p) => self.trace_promise_id(p),
            None => self.trace.as_ref().and_then(|t| t.settling),
        };
        if let Some(t) = &mut self.trace {
            t.jobs_queued += 1;
            let job = t.jobs_queued;
            t.push(EventKind::JobQueued { job, kind, promise: from });
        }
    }

    /// A job starts running; returns its id for `trace_job_end`.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_job_begin(&mut self, job: &Job) -> u64 {
        let (kind, label) = match job {
            Job::Reaction { reaction, .. } => (JobKind::Reaction, self.handler_label(&reaction.handler)),
            Job::ResolveThenable { .. } => (JobKind::ResolveThenable, "resolve a promise with a thenable".into()),
            Job::Callback { callback } => (JobKind::Callback, self.trace_callable_label(*callback)),
        };
        let Some(t) = &mut self.trace else { return 0 };
        t.jobs_run += 1;
        let id = t.jobs_run;
        t.push(EventKind::JobBegin { job: id, kind, label });
        // The resumption of an await is part of this job's slice.
        if let Job::Reaction { reaction, .. } = job
            && let Handler::Await { generator, .. } | Handler::AsyncGenerator { generator, .. } = reaction.handler
        {
            let rejected = reaction.kind == crate::jobs::ReactionKind::Reject;
            if let Some((site, text)) = self.suspended_at(generator) {
                let activation = self.trace_activation(generator);
                self.trace_event(EventKind::Resume { activation, site, text, rejected });
            }
        }
        id
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_job_end(&mut self, job: u64) {
        self.trace_event(EventKind::JobEnd { job });
    }

    /// Where a suspended generator (or async function) stands, with the source there.
    fn suspended_at(&self, g: ObjId) -> Option<(Site, String)> {
        let ObjectKind::Generator(d) = &self.heap.obj(g).kind else { return None };
        let f = d.frame.as_ref()?;
        // A suspended frame's pc is the instruction after the one that suspended it.
        Some(self.site_and_text(&f.frame.code, f.pc().saturating_sub(1)))
    }

    /// An `await` suspends the activation owned by `g` on promise `p` (None when the driver
    /// awaits later, as an async generator's does).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_await(&mut self, g: ObjId, p: Option<ObjId>) {
        let Some(f) = self.frames.last() else { return };
        let (site, text) = self.site_and_text(&f.code, self.top_pc().saturating_sub(1));
        let activation = self.trace_activation(g);
        let promise = p.and_then(|p| self.trace_promise_id(p));
        self.trace_event(EventKind::Await { activation, site, promise, text });
    }

    /// A generator (or async generator, or async function) frame suspends: a yield, or an
    /// async generator's await (an async function's await was traced where it performed the
    /// Await, with the promise it waits on).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_suspend(&mut self, g: ObjId, resume: crate::object::ResumePoint, value: Value) {
        match resume {
            crate::object::ResumePoint::Yield { .. } => self.trace_yield(g, value),
            crate::object::ResumePoint::Await { .. } if matches!(&self.heap.obj(g).kind, ObjectKind::Generator(d) if d.kind == GeneratorKind::Async) => {
                self.trace_await(g, None)
            }
            _ => {}
        }
    }

    /// The generator on top of the stack yields `value` (a promise it yields gets its id, so a
    /// runner's `then` on it can be followed).
    fn trace_yield(&mut self, g: ObjId, value: Value) {
        let Some(f) = self.frames.last() else { return };
        let site = self.site_and_text(&f.code, self.top_pc().saturating_sub(1)).0;
        let queue = match &self.heap.obj(g).kind {
            ObjectKind::Generator(d) if d.kind == GeneratorKind::Async => d.async_slots.as_ref().map(|s| s.queue.len()),
            _ => None,
        };
        let activation = self.trace_activation(g);
        // A sync generator resumed by next() hands over an iterator result: what it yields
        // is that result's `value` (an own data property; no getter runs).
        let yielded = match value {
            Value::Object(o) if !self.is_promise(value) => {
                let key = crate::object::PropertyKey::String(self.names.value);
                match self.own_property(o, key).map(|p| p.slot) {
                    Some(crate::object::Slot::Data(v)) => v,
                    _ => value,
                }
            }
            _ => value,
        };
        let promise = match yielded {
            Value::Object(p) if self.is_promise(yielded) => self.trace_promise_id(p),
            _ => None,
        };
        self.trace_event(EventKind::Yield { activation, site, queue, promise });
    }

    /// A generator is resumed by next / throw / return.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_generator_resume(&mut self, g: ObjId, mode: ResumeMode) {
        let Some((site, _)) = self.suspended_at(g) else { return };
        let activation = self.trace_activation(g);
        let mode = match mode {
            ResumeMode::Next => "next",
            ResumeMode::Throw => "throw",
            ResumeMode::Return => "return",
        };
        self.trace_event(EventKind::GeneratorResume { activation, site, mode });
    }

    /// What a reaction runs, for labels.
    fn handler_label(&self, h: &Handler) -> String {
        match *h {
            Handler::Empty => "pass the value through".into(),
            Handler::Callable(f) => self.trace_callable_label(f),
            Handler::Await { generator, .. } => match self.suspended_at(generator) {
                Some((site, text)) => format!("{site} resumes after {text}"),
                // Registered by the Await itself, before the frame suspends: the site is the
                // `await`'s own (the running pc is already the next instruction's, which
                // may belong to the next statement).
                None => match self.frames.last() {
                    Some(f) => format!("resume {}", self.site_and_text(&f.code, self.top_pc().saturating_sub(1)).0),
                    None => "resume an async function".into(),
                },
            },
            Handler::AsyncGenerator { generator, .. } => match self.suspended_at(generator) {
                Some((site, text)) => format!("{site} resumes after {text}"),
                None => "async generator step".into(),
            },
            Handler::ArrayFromAsync { .. } => "Array.fromAsync step".into(),
            Handler::IterResult { .. } => "async-from-sync iterator result".into(),
            Handler::CloseIterator { .. } => "close a sync iterator".into(),
            Handler::AsyncModule { .. } => "async module evaluation".into(),
            Handler::DynamicImport { .. } => "import() step".into(),
        }
    }

    /// A function value's name and definition site.
    pub fn trace_callable_label(&self, f: Value) -> String {
        let Value::Object(o) = f else { return "(not callable)".into() };
        match &self.heap.obj(o).kind {
            ObjectKind::Function(fd) => {
                let code = &fd.code;
                if let Some(t) = &self.trace
                    && let Some(label) = t.labels.borrow().get(&code.id)
                {
                    return label.clone();
                }
                let (line, col) = code.definition;
                let label =
                    Site { function: function_name(code), file: code.file().to_string(), line, col }.to_string();
                if let Some(t) = &self.trace {
                    t.labels.borrow_mut().insert(code.id, label.clone());
                }
                label
            }
            ObjectKind::Bound(b) => self.trace_callable_label(Value::Object(b.target)),
            ObjectKind::Native { .. } => "(native function)".into(),
            _ => "(callable)".into(),
        }
    }
}

/// A generator's state for learners (`spindle:inspect`'s generatorState).
pub struct GeneratorInfo {
    /// suspendedStart, suspendedYield, executing or completed (ECMA-262 §27.5.3 and the
    /// async generator states, draining the queue counted as executing).
    pub state: &'static str,
    pub is_async: bool,
    /// Where it is suspended (None unless suspended).
    pub at: Option<Site>,
    /// The function it runs.
    pub function: Option<String>,
    /// An async generator's request queue length.
    pub queue: Option<usize>,
}

impl Vm {
    /// The state of a generator or async generator object (None for anything else).
    pub fn inspect_generator(&self, o: ObjId) -> Option<GeneratorInfo> {
        use crate::object::GeneratorState as S;
        let ObjectKind::Generator(d) = &self.heap.obj(o).kind else { return None };
        if d.kind == GeneratorKind::AsyncFunction {
            return None;
        }
        let state = match d.state {
            S::SuspendedStart => "suspendedStart",
            S::SuspendedYield => "suspendedYield",
            S::Executing | S::DrainingQueue => "executing",
            S::Completed => "completed",
        };
        // Not started yet, it waits at its definition (the frame's pc is on the initial
        // yield the compiler placed after the parameters).
        let at = if d.state == S::SuspendedStart {
            d.frame.as_ref().map(|f| {
                let code = &f.frame.code;
                let (line, col) = code.definition;
                Site { function: function_name(code), file: code.file().to_string(), line, col }
            })
        } else {
            self.suspended_at(o).map(|(site, _)| site)
        };
        let function = d.frame.as_ref().map(|f| function_name(&f.frame.code));
        let queue = d.async_slots.as_ref().map(|s| s.queue.len());
        Some(GeneratorInfo { state, is_async: d.kind == GeneratorKind::Async, at, function, queue })
    }

    /// A promise's state, result and number of reactions waiting (None for a non-promise).
    pub fn inspect_promise(&self, o: ObjId) -> Option<(crate::jobs::PromiseState, Value, usize)> {
        match &self.heap.obj(o).kind {
            ObjectKind::Promise(d) => Some((d.state, d.result, d.reactions.len())),
            _ => None,
        }
    }

    /// The jobs waiting in the queue, in order: what kind each is and what it will run.
    pub fn inspect_pending_jobs(&self) -> Vec<(JobKind, String)> {
        self.jobs
            .iter()
            .map(|job| match job {
                Job::Reaction { reaction, .. } => (JobKind::Reaction, self.handler_label(&reaction.handler)),
                Job::ResolveThenable { .. } => (JobKind::ResolveThenable, "resolve a promise with a thenable".into()),
                Job::Callback { callback } => (JobKind::Callback, self.trace_callable_label(*callback)),
            })
            .collect()
    }
}
