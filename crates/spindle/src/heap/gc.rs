//! Precise mark-sweep collection. Roots: the register file, frames, native roots, realms
//! (intrinsics, globals), engine-held names and symbols, and the code of live frames.
//!
//! Marking borrows each arena's cells immutably and its mark bits mutably at the same time
//! (`Arena::split`), so tracing an object pushes its children straight onto the worklists
//! without copying anything.

use crate::bytecode::Code;
use crate::hash::IdSet;
use crate::heap::{Env, EnvKind, Symbol};
use crate::object::{Object, ObjectKind, PropertyKey, SuspendedFrame, WeakKey};
use crate::value::{EnvId, JsString, ObjId, StrId, SymId, Value};
use crate::vm::Vm;
use std::rc::Rc;

struct Marker<'h> {
    objects: &'h [Option<Object>],
    object_marks: &'h mut [bool],
    strings: &'h [Option<JsString>],
    string_marks: &'h mut [bool],
    symbols: &'h [Option<Symbol>],
    symbol_marks: &'h mut [bool],
    envs: &'h [Option<Env>],
    env_marks: &'h mut [bool],
    bigints: &'h [Option<num_bigint::BigInt>],
    bigint_marks: &'h mut [bool],
    /// What the marked cells own on the Rust heap (their records are counted by the
    /// arenas): summed while each cell is in the cache for marking, so the collection
    /// needs no second walk over the live heap to learn its size
    /// ([`Heap::measure_live_bytes`](crate::heap::Heap::measure_live_bytes) is that walk).
    owned_bytes: usize,
    object_work: Vec<ObjId>,
    /// Rope halves still to mark (one list for the whole collection: a fresh one per rope
    /// was an allocation per string reached).
    rope_work: Vec<StrId>,
    /// WeakMaps and WeakSets reached: their entries are ephemerons (see `ephemerons`).
    weak_tables: Vec<ObjId>,
    /// Ephemeron values whose key is not marked yet, by key.
    waiting: crate::hash::IdMap<WeakKey, Vec<Value>>,
    /// Ephemeron values whose key has been marked, still to mark.
    released: Vec<Value>,
    env_work: Vec<EnvId>,
    codes_seen: IdSet<u64>,
    codes: Vec<Rc<Code>>,
    /// The scripts (`ScriptText`) of the reached code, by address (many functions share one).
    scripts_seen: IdSet<usize>,
    /// Bytes of the compiled code reached (counted as live heap).
    code_bytes: usize,
}

#[inline]
fn set(marks: &mut [bool], i: u32) -> bool {
    let m = &mut marks[i as usize];
    !std::mem::replace(m, true)
}

impl Marker<'_> {
    fn value(&mut self, v: Value) {
        match v {
            Value::Object(o) => self.object(o),
            Value::String(s) => self.string(s),
            Value::Symbol(s) => self.symbol(s),
            Value::Env(e) => self.env(e),
            Value::BigInt(b) => {
                if set(self.bigint_marks, b.0)
                    && let Some(Some(n)) = self.bigints.get(b.0 as usize)
                {
                    self.owned_bytes += crate::heap::bigint_owned_bytes(n);
                }
            }
            _ => {}
        }
    }
    fn object(&mut self, o: ObjId) {
        if set(self.object_marks, o.0) {
            self.object_work.push(o);
            self.release(WeakKey::Object(o));
        }
    }
    fn env(&mut self, e: EnvId) {
        if set(self.env_marks, e.0) {
            self.env_work.push(e);
        }
    }
    fn string(&mut self, s: StrId) {
        if !set(self.string_marks, s.0) {
            return;
        }
        // Ropes keep their halves alive until flattened; walk them with a work list.
        self.reach_string(s);
        while let Some(s) = self.rope_work.pop() {
            if set(self.string_marks, s.0) {
                self.reach_string(s);
            }
        }
    }
    /// A string just marked: its bytes counted, a rope's halves queued.
    #[inline]
    fn reach_string(&mut self, s: StrId) {
        let Some(Some(js)) = self.strings.get(s.0 as usize) else { return };
        self.owned_bytes += js.owned_bytes();
        if let Some((l, r)) = js.rope_children() {
            self.rope_work.push(l);
            self.rope_work.push(r);
        }
    }
    fn symbol(&mut self, s: SymId) {
        if !set(self.symbol_marks, s.0) {
            return;
        }
        self.release(WeakKey::Symbol(s));
        if let Some(Some(sym)) = self.symbols.get(s.0 as usize)
            && let Some(d) = sym.description
        {
            self.string(d);
        }
    }
    fn key(&mut self, k: PropertyKey) {
        match k {
            PropertyKey::String(s) => self.string(s),
            PropertyKey::Symbol(s) => self.symbol(s),
            PropertyKey::Index(_) => {}
        }
    }
    fn code(&mut self, c: &Rc<Code>) {
        if self.codes_seen.insert(c.id) {
            self.code_bytes += c.own_bytes();
            if self.scripts_seen.insert(Rc::as_ptr(&c.script) as usize) {
                self.code_bytes += c.source().len();
            }
            self.codes.push(c.clone());
        }
    }

    /// Marks WeakMap values whose keys are reachable (ECMA-262 §9.9.3 liveness: a value is
    /// live once its key is). Linear in the entries: each entry of each reached table is
    /// looked at once; one whose key is not marked yet waits under its key in `waiting`, and
    /// marking that key later releases its values to the worklist. (Rescanning every table
    /// until nothing changed took one pass per link of a chain of ephemerons: quadratic, and
    /// seconds for a 30 000-link chain, found by fuzzing.)
    fn ephemerons(&mut self) -> usize {
        let mut entries_seen = 0;
        let mut scanned = 0;
        while scanned < self.weak_tables.len() {
            let objects = self.objects;
            let table = self.weak_tables[scanned];
            scanned += 1;
            let Some(Some(obj)) = objects.get(table.0 as usize) else { continue };
            let ObjectKind::WeakMap(entries) = &obj.kind else { continue };
            entries_seen += entries.len();
            for (&k, &v) in entries.iter() {
                let key_live = match k {
                    WeakKey::Object(o) => self.object_marks[o.0 as usize],
                    WeakKey::Symbol(s) => self.symbol_marks[s.0 as usize],
                };
                if key_live {
                    self.value(v);
                } else {
                    self.waiting.entry(k).or_default().push(v);
                }
            }
            // Draining may reach more tables; the loop scans those too.
            self.drain();
        }
        self.waiting.clear();
        entries_seen
    }

    /// Values of ephemerons whose key `k` has just been marked.
    #[inline]
    fn release(&mut self, k: WeakKey) {
        if !self.waiting.is_empty()
            && let Some(values) = self.waiting.remove(&k)
        {
            self.released.extend(values);
        }
    }

    fn drain(&mut self) {
        loop {
            if let Some(o) = self.object_work.pop() {
                self.trace_object(o);
            } else if let Some(v) = self.released.pop() {
                self.value(v);
            } else if let Some(e) = self.env_work.pop() {
                self.trace_env(e);
            } else if let Some(c) = self.codes.pop() {
                for &v in &c.constants {
                    self.value(v);
                }
                for f in &c.functions {
                    self.code(f);
                }
                // The keys its keyed sites are cached for (see `CachedKey`).
                let read_keys = c.keyed_ics.iter().map(|site| &site.key);
                for key in read_keys.chain(c.keyed_set_ics.iter().map(|site| &site.key)) {
                    if let Some(k) = key.get() {
                        self.value(k);
                    }
                }
            } else {
                break;
            }
        }
    }

    fn trace_env(&mut self, e: EnvId) {
        let envs = self.envs;
        let Some(Some(env)) = envs.get(e.0 as usize) else { return };
        self.owned_bytes += env.owned_bytes();
        if let Some(p) = env.parent {
            self.env(p);
        }
        for &v in &env.slots {
            self.value(v.get());
        }
        match &env.kind {
            EnvKind::With(o) => self.object(*o),
            EnvKind::EvalVars(_, extra) => {
                for &(k, v) in extra {
                    self.string(k);
                    self.value(v);
                }
            }
            EnvKind::Declarative(_) => {}
            EnvKind::Module(m) => {
                for (_, target) in &m.imports {
                    if let Some((e, _)) = target {
                        self.env(*e);
                    }
                }
            }
        }
    }

    fn trace_object(&mut self, o: ObjId) {
        let objects = self.objects;
        let Some(Some(obj)) = objects.get(o.0 as usize) else { return };
        self.owned_bytes += obj.owned_bytes();
        if let Some(p) = obj.proto() {
            self.object(p);
        }
        obj.props.for_each_key(|k| self.key(k));
        obj.props.for_each_value(|v| self.value(v));
        for &v in &obj.elements {
            self.value(v.get());
        }
        match &obj.kind {
            ObjectKind::Function(fd) => {
                self.code(&fd.code);
                if let Some(e) = fd.env {
                    self.env(e);
                }
                if let Some(h) = fd.home_object {
                    self.object(h);
                }
                if let Some(i) = fd.field_init {
                    self.object(i);
                }
            }
            ObjectKind::Native { slots, .. } => {
                for &v in slots {
                    self.value(v);
                }
            }
            ObjectKind::Bound(b) => {
                self.object(b.target);
                self.value(b.this);
                for &v in &b.args {
                    self.value(v);
                }
            }
            ObjectKind::StringBox(s) => self.string(*s),
            ObjectKind::RegExp { source, flags, .. } => {
                self.string(*source);
                self.string(*flags);
            }
            ObjectKind::SymbolBox(s) => self.symbol(*s),
            // A BigInt wrapper keeps its [[BigIntData]] alive.
            ObjectKind::BigIntBox(b) => self.value(Value::BigInt(*b)),
            ObjectKind::Arguments(Some(m)) => self.env(m.env),
            ObjectKind::ForIn(st) => {
                self.value(st.object);
                for k in st.keys.iter().chain(st.visited.iter()) {
                    self.key(*k);
                }
            }
            ObjectKind::ArrayIterator { object, .. } => self.value(*object),
            ObjectKind::StringIterator { string, .. } => self.value(*string),
            ObjectKind::TypedArray(t) => self.object(t.buffer),
            ObjectKind::DataView(d) => self.object(d.buffer),
            ObjectKind::Generator(g) => {
                if let Some(SuspendedFrame { frame: f, .. }) = &g.frame {
                    self.code(&f.code);
                    if let Some(func) = f.func {
                        self.object(func);
                    }
                    self.value(f.this.get());
                    self.value(f.new_target.get());
                    if let Some(e) = f.env {
                        self.env(e);
                    }
                    for &bits in &g.regs {
                        self.value(crate::value::Packed::from_bits(bits).get());
                    }
                }
                if let Some((_, v)) = g.received {
                    self.value(v);
                }
                if let Some(p) = g.async_promise {
                    self.object(p);
                }
                for r in g.async_slots.iter().flat_map(|s| s.queue.iter()) {
                    self.value(r.value);
                    self.object(r.promise);
                }
            }
            ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) | ObjectKind::WeakRef(_) => self.weak_tables.push(o),
            ObjectKind::FinalizationRegistry(r) => {
                // Targets and tokens are weak; the callback and held values are strong.
                self.value(r.cleanup);
                for c in &r.cells {
                    self.value(c.held);
                }
                self.weak_tables.push(o);
            }
            ObjectKind::Map(t) | ObjectKind::Set(t) => {
                for v in t.values() {
                    self.value(v);
                }
            }
            ObjectKind::CollectionIterator { collection: Some(c), .. } => self.object(*c),
            ObjectKind::IteratorHelper(h) => {
                for v in h.values() {
                    self.value(v);
                }
            }
            ObjectKind::ArrayFromAsync(s) => {
                self.object(s.promise);
                for v in [
                    s.constructor,
                    s.mapfn.unwrap_or(Value::Undefined),
                    s.this_arg,
                    s.items,
                    s.array_like,
                    s.array,
                    s.pending,
                ] {
                    self.value(v);
                }
                if let Some((iter, next)) = s.iterator {
                    self.value(iter);
                    self.value(next);
                }
            }
            ObjectKind::ModuleNamespace(d) => {
                for (k, _) in &d.exports {
                    self.key(*k);
                }
            }
            ObjectKind::WrappedIterator(record) | ObjectKind::AsyncFromSyncIterator(record) => {
                self.value(record.0);
                self.value(record.1);
            }
            ObjectKind::Promise(p) => {
                self.value(p.result);
                for r in &p.reactions {
                    for v in r.capability.values() {
                        self.value(v);
                    }
                    for h in [r.on_fulfilled, r.on_rejected] {
                        match h {
                            crate::jobs::Handler::Empty => {}
                            crate::jobs::Handler::Callable(h) => self.value(h),
                            crate::jobs::Handler::Await { generator, promise } => {
                                self.object(generator);
                                self.object(promise);
                            }
                            crate::jobs::Handler::AsyncGenerator { generator, .. } => self.object(generator),
                            crate::jobs::Handler::IterResult { .. } => {}
                            crate::jobs::Handler::ArrayFromAsync { task } => self.object(task),
                            crate::jobs::Handler::CloseIterator { iterator } => self.object(iterator),
                            crate::jobs::Handler::AsyncModule { .. } => {}
                            crate::jobs::Handler::DynamicImport { promise, .. } => self.object(promise),
                        }
                    }
                }
            }
            ObjectKind::DisposableStack { capability, .. } => self.object(*capability),
            ObjectKind::PromiseCombinator(c) => {
                for v in c.capability.values() {
                    self.value(v);
                }
                for &v in &c.values {
                    self.value(v);
                }
            }
            ObjectKind::Proxy(p) => {
                if let Some(t) = p.target {
                    self.object(t);
                }
                if let Some(h) = p.handler {
                    self.object(h);
                }
            }
            _ => {}
        }
    }
}

/// Runs a full collection.
pub fn collect(vm: &mut Vm) {
    vm.heap.peak_bytes = vm.heap.peak_bytes.max(vm.heap.estimated_bytes());
    let weak_tables: Vec<ObjId>;
    let ephemeron_entries: usize;
    let code_bytes: usize;
    let owned_bytes: usize;
    let realm_roots: Vec<Value> = vm.realms.iter().flat_map(|r| r.roots()).collect();
    let registry: Vec<(StrId, SymId)> = vm.symbol_registry.iter().map(|(k, v)| (*k, *v)).collect();
    let templates: Vec<ObjId> = vm.template_cache.values().copied().collect();
    let names = vm.names.all();
    let wk = vm.sym.all();
    let frames: Vec<_> = vm.frames.iter().map(|f| (f.code.clone(), f.func, f.this, f.new_target, f.env)).collect();
    let (mut module_values, mut module_envs, mut module_codes) = (Vec::new(), Vec::new(), Vec::new());
    vm.module_roots(&mut module_values, &mut module_envs, &mut module_codes);
    {
        let heap = &mut vm.heap;
        let (objects, object_marks) = heap.objects.split();
        let (strings, string_marks) = heap.strings.split();
        let (symbols, symbol_marks) = heap.symbols.split();
        let (envs, env_marks) = heap.envs.split();
        let (bigints, bigint_marks) = heap.bigints.split();
        let mut m = Marker {
            objects,
            object_marks,
            strings,
            string_marks,
            symbols,
            symbol_marks,
            envs,
            env_marks,
            bigints,
            bigint_marks,
            owned_bytes: 0,
            object_work: Vec::new(),
            rope_work: Vec::new(),
            weak_tables: Vec::new(),
            waiting: Default::default(),
            released: Vec::new(),
            env_work: Vec::new(),
            codes_seen: IdSet::default(),
            codes: Vec::new(),
            scripts_seen: IdSet::default(),
            code_bytes: 0,
        };
        let mut kept: Vec<Value> =
            vm.kept_alive.iter().copied().chain(vm.finalization_queue.iter().map(|&o| Value::Object(o))).collect();
        kept.extend_from_slice(&vm.persistent);
        kept.extend(vm.html_dda.iter().map(|&o| Value::Object(o)));
        for job in &vm.jobs {
            job.values(&mut kept);
        }
        for v in vm
            .regs
            .values(0, vm.regs.len())
            .map(|v| v.get())
            .chain(vm.roots.iter().copied())
            .chain(realm_roots.iter().copied())
            .chain(kept.iter().copied())
        {
            m.value(v);
        }
        for (code, func, this, nt, env) in &frames {
            m.code(code);
            if let Some(f) = func {
                m.object(*f);
            }
            m.value(this.get());
            m.value(nt.get());
            if let Some(e) = env {
                m.env(*e);
            }
        }
        for &v in &module_values {
            m.value(v);
        }
        for &e in &module_envs {
            m.env(e);
        }
        for c in &module_codes {
            m.code(c);
        }
        for s in names {
            m.string(s);
        }
        for s in wk {
            m.symbol(s);
        }
        for (k, s) in registry {
            m.string(k);
            m.symbol(s);
        }
        for o in templates {
            m.object(o);
        }
        m.drain();
        ephemeron_entries = m.ephemerons();
        weak_tables = std::mem::take(&mut m.weak_tables);
        code_bytes = m.code_bytes;
        owned_bytes = m.owned_bytes;
    }
    vm.heap.ephemeron_entries_seen = ephemeron_entries;
    let to_clean = prune_weak_tables(&mut vm.heap, &weak_tables);
    let objects = &vm.heap.objects;
    vm.weak_handles.clear_unmarked(|o| objects.is_marked(o.0));
    for r in to_clean {
        // HostEnqueueFinalizationRegistryCleanupJob (ECMA-262 §9.15): the host runs it.
        if !vm.finalization_queue.contains(&r) {
            vm.finalization_queue.push(r);
        }
    }
    sweep(vm, owned_bytes, code_bytes);
    crate::compiler::release_idle_arena();
}

/// Drops the entries of reachable WeakMaps/WeakSets whose keys are about to be collected,
/// clears WeakRefs to dead targets and empties FinalizationRegistry cells whose target died
/// (returning the registries that now need a cleanup job).
fn prune_weak_tables(heap: &mut crate::heap::Heap, tables: &[ObjId]) -> Vec<ObjId> {
    let mut to_clean = Vec::new();
    let dead_key = |heap: &crate::heap::Heap, k: WeakKey| match k {
        WeakKey::Object(o) => !heap.objects.is_marked(o.0),
        WeakKey::Symbol(s) => !heap.symbols.is_marked(s.0),
    };
    for &t in tables {
        if let ObjectKind::WeakRef(Some(k)) = heap.obj(t).kind {
            if dead_key(heap, k) {
                heap.obj_mut(t).kind = ObjectKind::WeakRef(None);
            }
            continue;
        }
        if let ObjectKind::FinalizationRegistry(r) = &heap.obj(t).kind {
            let dead: Vec<(usize, bool, bool)> = r
                .cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    (i, c.target.is_some_and(|k| dead_key(heap, k)), c.token.is_some_and(|k| dead_key(heap, k)))
                })
                .filter(|&(_, t, k)| t || k)
                .collect();
            if let ObjectKind::FinalizationRegistry(r) = &mut heap.obj_mut(t).kind {
                let mut emptied = false;
                for (i, target_dead, token_dead) in dead {
                    if target_dead {
                        r.cells[i].target = None;
                        emptied = true;
                    }
                    if token_dead {
                        r.cells[i].token = None;
                    }
                }
                if emptied {
                    to_clean.push(t);
                }
            }
            continue;
        }
        let dead: Vec<WeakKey> = match &heap.obj(t).kind {
            ObjectKind::WeakMap(e) | ObjectKind::WeakSet(e) => e
                .keys()
                .filter(|k| match **k {
                    WeakKey::Object(o) => !heap.objects.is_marked(o.0),
                    WeakKey::Symbol(s) => !heap.symbols.is_marked(s.0),
                })
                .copied()
                .collect(),
            _ => continue,
        };
        if let ObjectKind::WeakMap(e) | ObjectKind::WeakSet(e) = &mut heap.obj_mut(t).kind {
            for k in dead {
                e.remove(&k);
            }
        }
    }
    to_clean
}

/// `owned_bytes`: what the marked cells own, summed by the marker.
fn sweep(vm: &mut Vm, owned_bytes: usize, code_bytes: usize) {
    let heap = &mut vm.heap;
    // An unfinished Map/Set iterator that dies lets its collection compact again.
    let mut abandoned = Vec::new();
    // The reuse pools are refilled with what this sweep frees: closures', promises' and
    // generators' boxes and slot vectors by capacity (the previous period's, unused, go,
    // with the codes the closures' boxes still held).
    let slot_vecs = &mut heap.slot_vecs;
    for pool in slot_vecs.iter_mut() {
        pool.clear();
    }
    let function_boxes = &mut heap.function_boxes;
    function_boxes.clear();
    let promise_boxes = &mut heap.promise_boxes;
    promise_boxes.clear();
    let generator_boxes = &mut heap.generator_boxes;
    generator_boxes.clear();
    heap.objects.sweep(|_, o| {
        match o.kind {
            crate::object::ObjectKind::CollectionIterator { collection: Some(c), .. } => abandoned.push(c),
            crate::object::ObjectKind::Function(fd) if function_boxes.len() < super::BOX_POOL => {
                function_boxes.push(fd)
            }
            crate::object::ObjectKind::Promise(pd) if promise_boxes.len() < super::BOX_POOL => promise_boxes.push(pd),
            crate::object::ObjectKind::Generator(g) if generator_boxes.len() < super::BOX_POOL => {
                generator_boxes.push(super::Heap::emptied_generator_box(g))
            }
            _ => {}
        }
        if let Some(v) = o.props.into_slot_vec() {
            super::Heap::keep_slot_vec(slot_vecs, v);
        }
    });
    for c in abandoned {
        if heap.objects.is_live(c.0)
            && let crate::object::ObjectKind::Map(t) | crate::object::ObjectKind::Set(t) = &mut heap.obj_mut(c).kind
        {
            t.iterator_finished();
        }
    }
    heap.envs.sweep(|_, _| {});
    heap.bigints.sweep(|_, _| {});
    heap.prune_bigint_intern();
    heap.symbols.sweep(|_, _| {});
    let mut dead_interned: Vec<Rc<[u16]>> = Vec::new();
    heap.strings.sweep(|_, s: JsString| {
        if s.interned {
            dead_interned.push(s.flat.get().expect("interned strings are flat").clone());
        }
    });
    heap.remove_interned(&dead_interned);
    heap.gc_count += 1;
    heap.code_bytes = code_bytes;
    let live = heap.live_bytes_after_sweep(owned_bytes) + code_bytes;
    heap.reset_after_collection(live);
}
