//! The virtual machine: frames on an explicit stack (no Rust recursion for JS-to-JS calls),
//! the register file, exception unwinding, and the embedding entry points.

mod async_function;
mod async_generator;
mod calls;
mod dispose;
mod errors;
mod eval;
mod generator;
pub mod ic;
mod interp;
mod lazy_value;
mod prepared_call;
pub use prepared_call::PreparedCall;
pub mod ops;
pub mod registers;

use crate::bytecode::Code;
use crate::hash::IdMap;
use crate::heap::Heap;
use crate::realm::Realm;
use crate::value::{ObjId, StrId, SymId, Value};
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

pub use errors::ErrorType;

/// Result of any operation that can throw: `Err` carries the thrown value.
pub type JsResult<T> = Result<T, Value>;

/// Maximum number of JS frames before a RangeError.
pub const MAX_FRAMES: usize = 10_000;
/// Maximum number of values in the register file (all frames): 64 MiB of registers.
pub const MAX_STACK_VALUES: usize = 4 << 20;
/// The most arguments one call may pass (SpiderMonkey's ARGS_LENGTH_MAX): past it a call is
/// a RangeError, as in Node, whose limit is its stack (about 120 000 arguments).
pub const MAX_ARGUMENTS: usize = 500_000;
/// Maximum nesting of native -> JS re-entry (getters, callbacks, conversions).
pub const MAX_NATIVE_DEPTH: u32 = 2000;
/// Bytes a compile holds at its peak per byte of source: the parser's tree and the
/// compiled code (measured on a minified bundle, `bench/js/compile-oneline.js`: 35 and 21;
/// the code stays, the tree is freed when the compile ends).
pub const COMPILE_BYTES_PER_SOURCE_BYTE: usize = 32;

/// A JS activation record. Registers live in `Vm::regs[base .. base + code.nregs]`.
pub struct Frame {
    pub code: Rc<Code>,
    /// Where a frame that is not running continues (its next instruction, or the call it
    /// waits in). The running frame's pc is `Vm::pc` instead (read through
    /// [`Vm::top_pc`]).
    saved_pc: u32,
    pub base: u32,
    /// The running closure (None for scripts).
    pub func: Option<ObjId>,
    /// `this` and `new.target`, packed (an 8-byte `Packed` each keeps the record, pushed on
    /// every call, at 64 bytes).
    pub this: crate::value::Packed,
    pub new_target: crate::value::Packed,
    /// The closure's captured environment (or the caller's, for direct eval).
    pub env: Option<crate::value::EnvId>,
    /// Absolute register receiving the return value; `u32::MAX` returns to Rust.
    pub ret: u32,
    /// Number of actual arguments (extra ones sit above the register window).
    pub argc: u32,
    /// [[Construct]] frame: a non-object return yields `this`.
    pub construct: bool,
    /// Realm to restore when the frame returns.
    pub caller_realm: u32,
}

impl Frame {
    /// A record for a frame that starts (or resumes) at `pc` once pushed.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(crate) fn new(
        code: Rc<Code>,
        pc: u32,
        base: u32,
        func: Option<ObjId>,
        this: crate::value::Packed,
        new_target: crate::value::Packed,
        env: Option<crate::value::EnvId>,
        ret: u32,
        argc: u32,
        construct: bool,
        caller_realm: u32,
    ) -> Frame {
        Frame { code, saved_pc: pc, base, func, this, new_target, env, ret, argc, construct, caller_realm }
    }

    /// The saved pc of a frame that is not running: a caller's (past its call instruction
    /// when the call came from bytecode), or a popped frame's (see [`Vm::pop_frame_record`]).
    pub(crate) fn pc(&self) -> u32 {
        self.saved_pc
    }
}

/// Makes room for more frame records (out of line: the stack of records rarely grows).
#[cold]
#[inline(never)]
fn grow_frames(frames: &mut Vec<Frame>) {
    frames.reserve(frames.len().max(16));
}

impl Vm {
    /// Pushes a fresh call's activation record: the running frame's pc is saved into its own
    /// record and 0 becomes [`Vm::pc`]. The record is built by `frame` once the vector is
    /// known to have room: its fields are then stored straight into the vector. Built first,
    /// the record was kept in a stack temporary across `push`'s possible reallocation and
    /// copied in 16-byte moves, each reading back several of the narrower stores that built
    /// it: a failed store-to-load forwarding on every call.
    #[inline(always)]
    pub(crate) fn push_new_frame_record(&mut self, frame: impl FnOnce() -> Frame) {
        self.push_frame_record_at(0, frame);
    }

    /// [`push_new_frame_record`](Self::push_new_frame_record) for a record that continues at
    /// `pc` (a resumed generator's).
    #[inline(always)]
    pub(crate) fn push_frame_record_at(&mut self, pc: u32, frame: impl FnOnce() -> Frame) {
        if self.frames.len() == self.frames.capacity() {
            grow_frames(&mut self.frames);
        }
        if let Some(top) = self.frames.last_mut() {
            top.saved_pc = self.pc;
        }
        if self.frames.len() == self.frames.capacity() {
            // Room was made above; the check tells the compiler so.
            unreachable!("frame stack has room");
        }
        self.pc = pc;
        self.frames.push(frame());
    }

    /// Pops the running frame, its record carrying the pc it stopped at; the caller's saved
    /// pc becomes [`Vm::pc`] again.
    #[inline(always)]
    pub(crate) fn pop_frame_record(&mut self) -> Frame {
        let (mut frame, pc) = self.pop_frame_record_and_pc();
        frame.saved_pc = pc;
        frame
    }

    /// Drops the running frame's record (a return: nothing of it is needed any more); the
    /// caller's saved pc becomes [`Vm::pc`] again.
    #[inline(always)]
    pub(crate) fn drop_frame_record(&mut self) {
        let n = self.frames.len().saturating_sub(1);
        self.frames.truncate(n);
        self.resume_caller_pc();
    }

    /// The new top frame's saved pc becomes [`Vm::pc`] (after its callee's record left).
    #[inline(always)]
    fn resume_caller_pc(&mut self) {
        if let Some(top) = self.frames.last() {
            self.pc = top.saved_pc;
        }
    }

    /// [`pop_frame_record`](Self::pop_frame_record) returning the pc the frame stopped at
    /// beside its record, whose `saved_pc` is stale: a record moved on whole (a suspending
    /// generator's, into its object) takes the pc once it has arrived. Stored into the record
    /// first, the 4-byte pc sat inside a 16-byte word that the move then read back and stalled
    /// on (store-to-load forwarding fails across stores of different sizes).
    #[inline(always)]
    pub(crate) fn pop_frame_record_and_pc(&mut self) -> (Frame, u32) {
        let frame = self.frames.pop().expect("frame");
        let pc = self.pc;
        self.resume_caller_pc();
        (frame, pc)
    }

    /// The running frame's pc.
    #[inline(always)]
    pub(crate) fn top_pc(&self) -> u32 {
        self.pc
    }

    /// Moves the running frame to `pc`.
    #[inline(always)]
    pub(crate) fn set_top_pc(&mut self, pc: u32) {
        self.pc = pc;
    }
}

/// The `terminating` reason once `VmOptions::interrupt` was set.
pub const INTERRUPTED: &str = "execution interrupted";

/// The reason the engine ends with when it reaches its heap limit (V8's message).
pub const OUT_OF_MEMORY: &str = "Reached heap limit Allocation failed - JavaScript heap out of memory";

/// The `terminating` reason once `VmOptions::deadline` has passed.
pub const DEADLINE_REACHED: &str = "execution timed out";

/// Engine options.
#[derive(Clone, Debug, Default)]
pub struct VmOptions {
    /// Collect at every safepoint (finds missing roots).
    pub gc_stress: bool,
    /// Heap limit in bytes.
    pub max_heap_bytes: Option<usize>,
    /// Cooperative deadline: past it, execution stops with an uncatchable error.
    pub deadline: Option<Instant>,
    /// Stop after this many instructions (fuzzing).
    pub step_limit: Option<u64>,
    /// Set from another thread (a Ctrl-C handler, a worker's `terminate()`) to stop the
    /// running script: at the next safepoint execution ends with [`INTERRUPTED`], as for a
    /// deadline; the host clears `terminating` to go on with the same engine.
    pub interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// [[CanBlock]] of the agent (ECMA-262 §9.7): `Atomics.wait` may suspend it. Also needs
    /// the host's parker (`Vm::agent.parker`). Node's main thread can block.
    pub can_block: bool,
    /// The deepest call stack allowed, in frames (capped at [`MAX_FRAMES`]): deeper
    /// recursion is a RangeError. An embedder's `max_call_depth`.
    pub max_frames: Option<usize>,
    /// `--show-state` (issue 22, for learners): `console.log` / `util.inspect` of a
    /// generator shows its state and where it is suspended, `Object [Generator] {
    /// <suspendedYield at co.js:5:9> }`. Off by default: Node prints `Object [Generator] {}`.
    pub show_state: bool,
}

/// Well-known symbols (ECMA-262 §6.1.5.1), shared by all realms.
#[derive(Clone, Copy)]
pub struct WellKnownSymbols {
    pub iterator: SymId,
    pub async_iterator: SymId,
    pub has_instance: SymId,
    pub to_primitive: SymId,
    pub to_string_tag: SymId,
    pub unscopables: SymId,
    pub species: SymId,
    pub is_concat_spreadable: SymId,
    pub match_: SymId,
    pub match_all: SymId,
    pub replace: SymId,
    pub search: SymId,
    pub split: SymId,
    /// Symbol.dispose and Symbol.asyncDispose (ECMA-262 §20.4.2, explicit resource
    /// management): the well-known keys of a resource's disposal methods.
    pub dispose: SymId,
    pub async_dispose: SymId,
}

/// Interned property names used by the engine itself.
#[derive(Clone, Copy)]
pub struct Names {
    pub length: StrId,
    pub prototype: StrId,
    pub constructor: StrId,
    pub name: StrId,
    pub message: StrId,
    pub cause: StrId,
    pub stack: StrId,
    pub to_string: StrId,
    pub value_of: StrId,
    pub next: StrId,
    pub done: StrId,
    pub value: StrId,
    pub get: StrId,
    pub set: StrId,
    pub writable: StrId,
    pub enumerable: StrId,
    pub configurable: StrId,
    pub callee: StrId,
    pub arguments: StrId,
    pub caller: StrId,
    pub return_: StrId,
    pub throw_: StrId,
    pub raw: StrId,
    pub join: StrId,
    pub empty: StrId,
    pub undefined: StrId,
    pub null: StrId,
    pub true_: StrId,
    pub false_: StrId,
    pub object: StrId,
    pub function: StrId,
    pub number: StrId,
    pub string: StrId,
    pub symbol: StrId,
    pub boolean: StrId,
    pub bigint: StrId,
    pub default: StrId,
    pub index: StrId,
    pub input: StrId,
    pub errors: StrId,
    pub last_index: StrId,
    /// `exec` and `groups`, read on every RegExpExec and written on every match array.
    pub exec: StrId,
    pub groups: StrId,
    pub global_this: StrId,
    pub then: StrId,
    /// `flags` and the eight flag properties it reads, in its order (read on every
    /// `replace`, `split` and `match` with a RegExp to see that none is observable).
    pub regexp_flags: [StrId; 9],
}

/// Host-provided output for `print` / console.
pub trait Output {
    /// A line of console output (`text` and a newline).
    fn print(&mut self, stream: Stream, text: &str);

    /// Raw bytes for a stream, as a host's `process.stdout.write` gives them; written
    /// through at once (a prompt without a newline must show before its input). The default
    /// writes to the process's own streams.
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        write_to_process(stream, bytes);
    }
}

/// Writes bytes to the process's own stdout (flushed at once) or stderr.
pub fn write_to_process(stream: Stream, bytes: &[u8]) {
    use std::io::Write;
    match stream {
        Stream::Stdout => {
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(bytes);
            let _ = o.flush();
        }
        Stream::Stderr => {
            let _ = std::io::stderr().lock().write_all(bytes);
        }
    }
}

/// Which console stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

struct StdOutput;
impl Output for StdOutput {
    fn print(&mut self, stream: Stream, text: &str) {
        use std::io::Write;
        match stream {
            Stream::Stdout => {
                let mut o = std::io::stdout().lock();
                let _ = o.write_all(text.as_bytes());
                let _ = o.write_all(b"\n");
            }
            Stream::Stderr => {
                let mut o = std::io::stderr().lock();
                let _ = o.write_all(text.as_bytes());
                let _ = o.write_all(b"\n");
            }
        }
    }
}

/// The engine instance.
pub struct Vm {
    pub heap: Heap,
    pub realms: Vec<Realm>,
    pub realm: u32,
    pub regs: registers::RegisterFile,
    pub frames: Vec<Frame>,
    /// The running (last) frame's pc. It lives here rather than in its `Frame` so that the
    /// interpreter's store per instruction is one write, with no bound check on `frames`;
    /// [`Vm::push_frame_record`] and [`Vm::pop_frame_record`] move it in and out.
    pc: u32,
    /// Values native code keeps alive across calls back into JS; truncated when the native
    /// call that pushed them returns.
    pub roots: Vec<Value>,
    /// Objects with an [[IsHTMLDDA]] internal slot (ECMA-262 §B.3.6), made by the host
    /// (`make_html_dda`); kept alive for the agent's life, so their ids are never reused.
    pub(crate) html_dda: Vec<ObjId>,
    /// The async timeline's recorder while a host traces (`trace.rs`); None otherwise.
    pub trace: Option<Box<crate::trace::Tracer>>,
    pub names: Names,
    pub sym: WellKnownSymbols,
    pub symbol_registry: IdMap<StrId, SymId>,
    /// The private symbols keying RegExp String Iterators' internal slots (made once, shared
    /// by every realm: see `builtins/regexp.rs`; RegExp instances keep theirs in their kind).
    pub(crate) regexp_slot_keys: Option<[SymId; 3]>,
    /// The shape of `{ value, done }` (CreateIteratorResultObject), made on first use.
    pub(crate) iter_result_shape: Option<std::rc::Rc<crate::object::shape::Shape>>,
    /// The shapes `make_function` gives new functions, built on first use (see
    /// `Vm::function_shape`), and the one of a constructor's fresh `prototype` object.
    pub(crate) function_shapes: [Option<std::rc::Rc<crate::object::shape::Shape>>; 4],
    pub(crate) prototype_object_shape: Option<std::rc::Rc<crate::object::shape::Shape>>,
    /// The shapes of arguments objects, unmapped and mapped (`length`, `@@iterator`,
    /// `callee`), made on first use.
    pub(crate) arguments_shapes: [Option<std::rc::Rc<crate::object::shape::Shape>>; 2],
    /// The shape of a RegExp match array's own named properties (`index`, `input`,
    /// `groups`), made on first use.
    pub(crate) match_array_shape: Option<std::rc::Rc<crate::object::shape::Shape>>,
    /// What the last check that a RegExp's flags are unobservable found (see
    /// `builtins::regexp::PristineFlags`).
    pub(crate) regexp_pristine_flags: Option<crate::builtins::regexp::PristineFlags>,
    /// SpeciesConstructor's caches for promises (`Vm::species_constructor`).
    pub(crate) promise_species: Box<ic::SpeciesSites>,
    pub options: VmOptions,
    /// `options.max_frames` or [`MAX_FRAMES`], whichever is lower.
    pub(crate) max_frames: usize,
    pub native_depth: u32,
    pub steps: u64,
    /// Set when execution must stop (deadline, step limit, fatal heap): nothing catches it.
    pub terminating: Option<String>,
    pub template_cache: HashMap<(u64, u32), ObjId>,
    pub output: Box<dyn Output>,
    /// Counters for console.count / timers.
    pub console_counts: HashMap<String, u64>,
    pub console_timers: HashMap<String, Instant>,
    /// Arrays being joined (cycle detection in Array.prototype.join).
    pub join_stack: Vec<ObjId>,
    /// Math.random state.
    pub rng_state: u64,
    /// [[KeptAlive]] of the agent (ECMA-262 §9.10): WeakRef targets kept until the host
    /// calls `clear_kept_objects` at the end of the current job.
    pub kept_alive: Vec<Value>,
    /// FinalizationRegistries with emptied cells, waiting for the host to run their cleanup.
    pub finalization_queue: Vec<ObjId>,
    /// The microtask queue (promise jobs and host microtasks, `jobs.rs`).
    pub jobs: std::collections::VecDeque<crate::jobs::Job>,
    /// The host's hooks and state (`jobs::Host`); None for a bare engine.
    pub host: Option<Box<dyn crate::jobs::Host>>,
    /// Values the host keeps alive (`Vm::persist`); free slots are listed for reuse.
    pub persistent: Vec<Value>,
    pub persistent_free: Vec<u32>,
    /// Objects the host refers to without keeping them alive (`Vm::persist_weak`).
    pub weak_handles: crate::jobs::WeakHandles,
    /// Promises of the async functions whose frames are running (resumed or started), for
    /// the `at async f` lines of stack traces.
    pub async_stack: Vec<ObjId>,
    /// `util.inspect` once made (`builtins::inspect`).
    pub inspect_fn: Option<crate::jobs::Persistent>,
    /// The global names the engine itself defines (Node's builtInObjects: the host's own
    /// globals, such as `URL`, are not built-ins for `%s` formatting).
    pub engine_globals: std::collections::HashSet<String>,
    /// The agent's signifier, blocking primitive and pending waitAsync timeouts.
    pub agent: crate::binary::waiters::AgentState,
    /// Every module record of the agent (`module/`), indexed by `ModuleId`.
    pub modules: Vec<crate::module::ModuleRecord>,
    /// GraphLoadingState records of the LoadRequestedModules calls in progress.
    pub(crate) module_graph_loads: Vec<Option<crate::module::GraphLoadingState>>,
    /// HostLoadImportedModule calls not yet handed to the host.
    pub(crate) module_load_queue: std::collections::VecDeque<crate::module::LoadRequest>,
    pub(crate) dispatching_module_loads: bool,
    /// `import()` promises whose loads the host holds.
    pub(crate) module_pending_host_loads: Vec<Value>,
    /// IncrementModuleAsyncEvaluationCount's counter.
    pub(crate) module_async_evaluation_count: u64,
}

impl Vm {
    /// Creates an engine with one realm.
    pub fn new(options: VmOptions) -> Vm {
        let mut heap = Heap::new();
        heap.max_bytes = options.max_heap_bytes;
        let names = Names::new(&mut heap);
        let sym = WellKnownSymbols::new(&mut heap);
        let mut vm = Vm {
            max_frames: options.max_frames.map_or(MAX_FRAMES, |n| n.min(MAX_FRAMES)),
            heap,
            realms: Vec::new(),
            realm: 0,
            regs: registers::RegisterFile::new(),
            frames: Vec::new(),
            pc: 0,
            roots: Vec::new(),
            html_dda: Vec::new(),
            trace: None,
            names,
            sym,
            symbol_registry: IdMap::default(),
            regexp_slot_keys: None,
            iter_result_shape: None,
            function_shapes: [None, None, None, None],
            prototype_object_shape: None,
            arguments_shapes: [None, None],
            match_array_shape: None,
            regexp_pristine_flags: None,
            promise_species: Box::default(),
            options,
            native_depth: 0,
            steps: 0,
            terminating: None,
            template_cache: HashMap::new(),
            output: Box::new(StdOutput),
            console_counts: HashMap::new(),
            console_timers: HashMap::new(),
            join_stack: Vec::new(),
            rng_state: 0,
            kept_alive: Vec::new(),
            finalization_queue: Vec::new(),
            jobs: std::collections::VecDeque::new(),
            host: None,
            persistent: Vec::new(),
            persistent_free: Vec::new(),
            weak_handles: crate::jobs::WeakHandles::default(),
            async_stack: Vec::new(),
            inspect_fn: None,
            engine_globals: std::collections::HashSet::new(),
            agent: Default::default(),
            modules: Vec::new(),
            module_graph_loads: Vec::new(),
            module_load_queue: Default::default(),
            dispatching_module_loads: false,
            module_pending_host_loads: Vec::new(),
            module_async_evaluation_count: 0,
        };
        let r = crate::realm::create_realm(&mut vm);
        vm.realm = r;
        let global = vm.global_object();
        let keys = vm.own_property_keys(global).unwrap_or_default();
        vm.engine_globals = keys.into_iter().map(|k| vm.key_display(k)).collect();
        vm
    }

    /// Replaces the console/print output sink.
    pub fn set_output(&mut self, out: Box<dyn Output>) {
        self.output = out;
    }

    pub fn current_realm(&self) -> &Realm {
        &self.realms[self.realm as usize]
    }

    pub fn global_object(&self) -> ObjId {
        self.current_realm().global
    }

    /// Compiles and runs `source` as a classic script in the current realm.
    pub fn eval_script(&mut self, source: &str, file: &str) -> Result<Value, ScriptError> {
        let code = match crate::compiler::compile_script(&mut self.heap, source, file) {
            Ok(c) => c,
            Err(e) => return Err(ScriptError::Syntax(e)),
        };
        self.run_script(code).map_err(ScriptError::Thrown)
    }

    /// Runs compiled script code (GlobalDeclarationInstantiation + evaluation).
    pub fn run_script(&mut self, code: Rc<Code>) -> JsResult<Value> {
        self.global_declaration_instantiation(&code)?;
        let this = Value::Object(self.current_realm().global_this);
        let realm = self.realm;
        self.run_frame(code, None, this, Value::Undefined, None, &[], realm)
    }

    /// Pushes a root kept until the innermost native call returns.
    #[inline]
    /// Gives `o` an [[IsHTMLDDA]] internal slot (ECMA-262 §B.3.6: the host may create such
    /// objects; test262's `$262.IsHTMLDDA` is one, `document.all` the web's): ToBoolean is
    /// false, `typeof` is "undefined", and it is loosely equal to undefined and null.
    pub fn make_html_dda(&mut self, o: ObjId) {
        if !self.html_dda.contains(&o) {
            self.html_dda.push(o);
        }
    }

    /// Whether `o` has an [[IsHTMLDDA]] internal slot. Free when the host made none (always,
    /// outside test262): an empty-vector check.
    #[inline]
    pub fn is_html_dda(&self, o: ObjId) -> bool {
        !self.html_dda.is_empty() && self.html_dda.contains(&o)
    }

    pub fn root(&mut self, v: Value) {
        self.roots.push(v);
    }

    /// Runs a garbage collection now.
    pub fn collect_garbage(&mut self) {
        crate::heap::gc::collect(self);
    }

    /// Collects before compiling `source_len` bytes of source when the collection is due or
    /// the compile will make it due ([`COMPILE_BYTES_PER_SOURCE_BYTE`]). Collecting after the
    /// compile, at the next safepoint, would leave the garbage of earlier compiles beside the
    /// new code and the parser's tree at the compile's peak: a loop of `new Function` over a
    /// 1.6 MB bundle held three generations of its code. `keep` are values the caller holds
    /// that nothing else roots. As at a safepoint, a heap still over its limit afterwards
    /// terminates the engine.
    pub(crate) fn collect_before_compile(&mut self, source_len: usize, keep: &[Value]) -> JsResult<()> {
        let expected = source_len.saturating_mul(COMPILE_BYTES_PER_SOURCE_BYTE);
        if !self.heap.wants_gc_after(expected) && !self.options.gc_stress {
            return Ok(());
        }
        let depth = self.roots.len();
        self.roots.extend_from_slice(keep);
        let collected = self.collect_within_limit();
        self.roots.truncate(depth);
        collected
    }

    /// Runs a collection; a heap still over its limit afterwards terminates the engine.
    pub(crate) fn collect_within_limit(&mut self) -> JsResult<()> {
        self.collect_garbage();
        if self.heap.over_limit() {
            // What the reuse pools keep only for speed goes before the heap is declared out
            // of memory.
            self.heap.release_reuse_pools();
            if self.heap.over_limit() {
                return Err(self.terminate_out_of_memory());
            }
        }
        Ok(())
    }

    pub fn heap_stats(&self) -> crate::heap::HeapStats {
        self.heap.stats()
    }

    /// Allocates a string value (see [`Heap::alloc_str`]).
    pub fn string(&mut self, s: &str) -> Value {
        Value::String(self.heap.alloc_str(s))
    }

    pub fn string_units(&mut self, units: Vec<u16>) -> Value {
        Value::String(self.heap.alloc_string(units))
    }

    /// A string of a copy of `units` (a slice of another string's): the buffer is made once,
    /// at its final size, not collected in a vector first.
    pub fn string_from_slice(&mut self, units: &[u16]) -> Value {
        self.string_rc(units.into())
    }

    /// A string over a shared buffer of code units (see [`Heap::alloc_string_rc`]).
    pub fn string_rc(&mut self, units: std::rc::Rc<[u16]>) -> Value {
        Value::String(self.heap.alloc_string_rc(units))
    }

    /// Rust string of a JS string value (lossy for lone surrogates).
    pub fn rust_string(&self, s: StrId) -> String {
        crate::value::string::lossy(self.heap.str(s))
    }

    /// Counts one unit of work done by native code (property accesses) so long-running
    /// built-ins also honour the deadline and step limit.
    #[inline]
    pub fn tick(&mut self) -> JsResult<()> {
        self.steps += 1;
        if self.steps & 0xFFF == 0 {
            return self.check_limits();
        }
        Ok(())
    }

    /// Before a native builds a result of `bytes` at once (a string from `repeat`, `padEnd`,
    /// `join`): terminates the engine, as the collector does for an over-limit heap, when the
    /// result alone would not fit beside what the last collection found live. Without the
    /// check the limit would only be noticed after the allocation had happened.
    pub fn reserve_heap(&mut self, bytes: usize) -> JsResult<()> {
        if let Some(max) = self.heap.max_bytes
            && self.heap.live_bytes.saturating_add(bytes) > max
        {
            return Err(self.terminate_out_of_memory());
        }
        Ok(())
    }

    /// Ends the engine with V8's out-of-memory message (the host prints it as a fatal error).
    pub(crate) fn terminate_out_of_memory(&mut self) -> Value {
        self.terminating = Some(OUT_OF_MEMORY.into());
        Value::Undefined
    }

    /// Checks deadline / step limit / heap limit; called at safepoints.
    #[cold]
    pub(crate) fn check_limits(&mut self) -> JsResult<()> {
        if let Some(flag) = &self.options.interrupt
            && flag.swap(false, std::sync::atomic::Ordering::AcqRel)
        {
            self.terminating = Some(INTERRUPTED.into());
            return Err(Value::Undefined);
        }
        if let Some(d) = self.options.deadline
            && Instant::now() >= d
        {
            self.terminating = Some(DEADLINE_REACHED.into());
            return Err(Value::Undefined);
        }
        if let Some(l) = self.options.step_limit
            && self.steps >= l
        {
            self.terminating = Some("step limit reached".into());
            return Err(Value::Undefined);
        }
        // Native code cannot be interrupted by a collection; one that has allocated more than
        // the whole limit since the last one (garbage or not) has gone too far. At a
        // safepoint a due collection ran first, so this cannot fire there needlessly.
        if let Some(max) = self.heap.max_bytes
            && self.heap.estimated_bytes() > max.saturating_mul(2)
        {
            return Err(self.terminate_out_of_memory());
        }
        Ok(())
    }
}

/// Failure of `Vm::eval_script`.
#[derive(Debug)]
pub enum ScriptError {
    Syntax(crate::compiler::CompileError),
    Thrown(Value),
}

impl Names {
    fn new(h: &mut Heap) -> Names {
        let mut i = |s: &str| h.intern_str(s);
        Names {
            length: i("length"),
            prototype: i("prototype"),
            constructor: i("constructor"),
            name: i("name"),
            message: i("message"),
            cause: i("cause"),
            stack: i("stack"),
            to_string: i("toString"),
            value_of: i("valueOf"),
            next: i("next"),
            done: i("done"),
            value: i("value"),
            get: i("get"),
            set: i("set"),
            writable: i("writable"),
            enumerable: i("enumerable"),
            configurable: i("configurable"),
            callee: i("callee"),
            arguments: i("arguments"),
            caller: i("caller"),
            return_: i("return"),
            throw_: i("throw"),
            raw: i("raw"),
            join: i("join"),
            empty: i(""),
            undefined: i("undefined"),
            null: i("null"),
            true_: i("true"),
            false_: i("false"),
            object: i("object"),
            function: i("function"),
            number: i("number"),
            string: i("string"),
            symbol: i("symbol"),
            boolean: i("boolean"),
            bigint: i("bigint"),
            default: i("default"),
            index: i("index"),
            input: i("input"),
            errors: i("errors"),
            last_index: i("lastIndex"),
            exec: i("exec"),
            groups: i("groups"),
            global_this: i("globalThis"),
            then: i("then"),
            regexp_flags: crate::builtins::regexp::FLAG_NAMES.map(&mut i),
        }
    }
    /// All names, for GC rooting.
    pub fn all(&self) -> Vec<StrId> {
        let mut all = vec![
            self.length,
            self.prototype,
            self.constructor,
            self.name,
            self.message,
            self.cause,
            self.stack,
            self.to_string,
            self.value_of,
            self.next,
            self.done,
            self.value,
            self.get,
            self.set,
            self.writable,
            self.enumerable,
            self.configurable,
            self.callee,
            self.arguments,
            self.caller,
            self.return_,
            self.throw_,
            self.raw,
            self.join,
            self.empty,
            self.undefined,
            self.null,
            self.true_,
            self.false_,
            self.object,
            self.function,
            self.number,
            self.string,
            self.symbol,
            self.boolean,
            self.bigint,
            self.default,
            self.index,
            self.input,
            self.errors,
            self.last_index,
            self.exec,
            self.groups,
            self.global_this,
            self.then,
        ];
        all.extend(self.regexp_flags);
        all
    }
}

impl WellKnownSymbols {
    fn new(h: &mut Heap) -> Self {
        let mut s = |d: &str| {
            let desc = h.intern_str(d);
            h.alloc_symbol(crate::heap::Symbol { description: Some(desc), private: false })
        };
        WellKnownSymbols {
            iterator: s("Symbol.iterator"),
            async_iterator: s("Symbol.asyncIterator"),
            has_instance: s("Symbol.hasInstance"),
            to_primitive: s("Symbol.toPrimitive"),
            to_string_tag: s("Symbol.toStringTag"),
            unscopables: s("Symbol.unscopables"),
            species: s("Symbol.species"),
            is_concat_spreadable: s("Symbol.isConcatSpreadable"),
            match_: s("Symbol.match"),
            match_all: s("Symbol.matchAll"),
            replace: s("Symbol.replace"),
            search: s("Symbol.search"),
            split: s("Symbol.split"),
            dispose: s("Symbol.dispose"),
            async_dispose: s("Symbol.asyncDispose"),
        }
    }
    pub fn all(&self) -> [SymId; 15] {
        [
            self.iterator,
            self.async_iterator,
            self.has_instance,
            self.to_primitive,
            self.to_string_tag,
            self.unscopables,
            self.species,
            self.is_concat_spreadable,
            self.match_,
            self.match_all,
            self.replace,
            self.search,
            self.split,
            self.dispose,
            self.async_dispose,
        ]
    }
}
