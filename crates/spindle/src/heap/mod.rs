//! The engine heap: typed arenas addressed by compact handles, string interning, and the
//! bookkeeping that decides when the precise mark-sweep collector (`gc.rs`) runs.

pub mod arena;
pub mod gc;

use crate::hash::IdMap;
use crate::object::Object;
use crate::value::{EnvId, JsString, ObjId, StrId, SymId, Value};
use arena::Arena;
use std::rc::Rc;

/// A symbol's data. Private names (`#x`) are symbols with `private` set.
pub struct Symbol {
    pub description: Option<StrId>,
    pub private: bool,
}

/// Names of the bindings an environment holds, for by-name lookups (eval, `with`, debugging).
#[derive(Debug, Default)]
pub struct ScopeNames {
    /// (name, is_lexical, is_const)
    pub names: Vec<(String, bool, bool)>,
}

/// What an environment record is.
pub enum EnvKind {
    /// Declarative record; `names` is present when by-name lookup may reach it.
    Declarative(Option<Rc<ScopeNames>>),
    /// Object environment record created by `with` (ECMA-262 §9.1.1.2).
    With(ObjId),
    /// A function's variable record that sloppy direct eval may extend with new `var`s.
    EvalVars(Option<Rc<ScopeNames>>, Vec<(StrId, Value)>),
    /// A Module Environment Record (ECMA-262 §9.1.1.5): slots named by `names`, plus the
    /// import bindings.
    Module(Box<ModuleEnv>),
}

/// The by-name part of a module environment, and its indirect import bindings.
pub struct ModuleEnv {
    pub names: Rc<ScopeNames>,
    /// (local name, the exporter's (environment, slot) once linked).
    pub imports: Vec<(String, Option<(EnvId, u16)>)>,
}

/// An environment record: slots for captured bindings plus the outer link.
pub struct Env {
    pub parent: Option<EnvId>,
    /// Packed (8 bytes a binding: `value/packed.rs`).
    pub slots: EnvSlots,
    pub kind: EnvKind,
}

/// An environment's binding slots: up to [`ENV_INLINE_SLOTS`] inside the record, more in a
/// vector of their own.
///
/// Most environments are a call's few captured bindings, made and dropped by the hundred
/// thousand (a callback's parameter kept by its closures); as a `Vec` each was a `malloc`
/// and a `free` of its own, a tenth of microtask-storm's instructions with the closures'
/// allocations. Two inline slots take the room the vector's header took: the record keeps
/// its size.
pub type EnvSlots = smallvec::SmallVec<[crate::value::Packed; ENV_INLINE_SLOTS]>;

/// Binding slots an environment holds without an allocation (see [`EnvSlots`]).
pub const ENV_INLINE_SLOTS: usize = 2;
const _: () = assert!(std::mem::size_of::<EnvSlots>() == std::mem::size_of::<Vec<crate::value::Packed>>());

impl Env {
    /// Bytes the environment owns beyond its arena cell: its binding slots when they
    /// outgrew the record.
    pub fn owned_bytes(&self) -> usize {
        if self.slots.spilled() { self.slots.capacity() * std::mem::size_of::<crate::value::Packed>() } else { 0 }
    }
}

/// Bytes a BigInt owns beyond its arena cell: its digits.
pub fn bigint_owned_bytes(n: &num_bigint::BigInt) -> usize {
    n.bits() as usize / 8
}

/// The heap.
pub struct Heap {
    pub objects: Arena<Object>,
    pub strings: Arena<JsString>,
    pub symbols: Arena<Symbol>,
    pub envs: Arena<Env>,
    pub bigints: Arena<num_bigint::BigInt>,
    /// One canonical handle per BigInt value used as a Map/Set key (SameValueZero by handle).
    bigint_intern: std::collections::HashMap<num_bigint::BigInt, crate::value::BigIntId>,
    intern: IdMap<Rc<[u16]>, StrId>,
    /// Approximate bytes allocated since the last collection.
    pub allocated_since_gc: usize,
    /// Bytes of rope flattening since the last collection (flattening happens behind `&self`).
    flattened_bytes: std::cell::Cell<usize>,
    /// Approximate bytes live after the last collection.
    pub live_bytes: usize,
    /// Bytes of compiled code the last collection reached (part of `live_bytes`).
    pub code_bytes: usize,
    pub next_gc: usize,
    /// Hard limit in bytes (`--max-heap-mb`).
    pub max_bytes: Option<usize>,
    pub gc_count: usize,
    /// WeakMap entries the last collection examined for ephemeron marking (each reached
    /// entry once: the work is linear, whatever chains the entries form).
    pub ephemeron_entries_seen: usize,
    /// The largest `estimated_bytes` a collection has started from: the heap's high-water
    /// mark as the collector saw it.
    pub peak_bytes: usize,
    /// The boxes of closures the last collection freed, for `make_function` to fill again
    /// instead of allocating (at most [`BOX_POOL`]). A script making closures per
    /// step (callbacks, promise reactions) frees them in bulk at each sweep, which overflows
    /// the allocator's per-size caches, and every allocation after it took the allocator's
    /// slow path. A pooled box still holds the closure's code until it is refilled or the
    /// next collection empties the pool: a code object with no other holder lives at most
    /// one period longer. Counted as the heap's bytes.
    pub function_boxes: Vec<Box<crate::object::FunctionData>>,
    /// The same for promises' boxes (`new_promise_with_proto`), reset when reused.
    pub promise_boxes: Vec<Box<crate::jobs::PromiseData>>,
    /// The same for generators' boxes (generator objects and async functions' frame owners),
    /// emptied when kept (their suspended frame and async slots dropped) with their register
    /// buffer's capacity, so a generator made per step allocates neither box nor buffer.
    pub generator_boxes: Vec<Box<crate::object::GeneratorData>>,
    /// The slot vectors of objects the last collection freed, by capacity (past the two
    /// values an object keeps inline, up to [`SLOT_VEC_POOL_CAPACITY`]), emptied, for objects
    /// made with a known number of slots (`take_slot_vec`: closures with a `prototype`) —
    /// for the reason `function_boxes` has.
    /// Emptied at each sweep, at most [`SLOT_VEC_POOL`] of each capacity, counted as the
    /// heap's bytes.
    pub(crate) slot_vecs: [Vec<crate::object::property::SlotVec>; SLOT_VEC_POOL_CAPACITY],
}

/// The largest capacity of the slot vectors a collection keeps (`Heap::slot_vecs`).
pub const SLOT_VEC_POOL_CAPACITY: usize = 8;
/// The most slot vectors of one capacity a collection keeps.
pub const SLOT_VEC_POOL: usize = 8 * 1024;

/// The most boxes of one kind (closures', promises', generators') a collection keeps for
/// reuse (`Heap::function_boxes`, `Heap::promise_boxes`, `Heap::generator_boxes`). Scripts
/// that make closures, promises or generators per step free them by the tens of thousands
/// per period (async-promise-all had allocated 475 854 of its promises' boxes with a pool
/// of 16 384); the pools hold memory that was live at the sweep, so peak RSS barely moves
/// (docs/performance.md, issue 19 fourteenth part).
pub const BOX_POOL: usize = 64 * 1024;

const OBJECT_COST: usize = 160;
const ENV_COST: usize = 64;

/// Cells the object and string arenas (and the intern table) have room for from the start.
const START_CELLS: usize = 2048;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Self {
        Heap {
            // Room for what a realm and the runtime's globals create (about 1 100 objects and
            // 1 300 strings), so start-up does not copy the arenas as they grow.
            objects: Arena::with_capacity(START_CELLS),
            strings: Arena::with_capacity(START_CELLS),
            symbols: Arena::default(),
            envs: Arena::default(),
            bigints: Arena::default(),
            bigint_intern: std::collections::HashMap::new(),
            intern: IdMap::with_capacity_and_hasher(START_CELLS, Default::default()),
            allocated_since_gc: 0,
            flattened_bytes: std::cell::Cell::new(0),
            live_bytes: 0,
            code_bytes: 0,
            next_gc: 8 << 20,
            max_bytes: None,
            gc_count: 0,
            ephemeron_entries_seen: 0,
            peak_bytes: 0,
            function_boxes: Vec::new(),
            promise_boxes: Vec::new(),
            generator_boxes: Vec::new(),
            slot_vecs: Default::default(),
        }
    }

    /// A closure's box holding `fd`: one a collection freed when there is one
    /// (`function_boxes`), else a new one.
    #[inline]
    pub fn function_box(&mut self, fd: crate::object::FunctionData) -> Box<crate::object::FunctionData> {
        match self.function_boxes.pop() {
            Some(mut reused) => {
                *reused = fd;
                reused
            }
            None => Box::new(fd),
        }
    }

    /// A pending promise's box: one a collection freed, reset (its reaction buffer kept,
    /// emptied), when there is one (`promise_boxes`), else a new one.
    #[inline]
    pub fn promise_box(&mut self) -> Box<crate::jobs::PromiseData> {
        match self.promise_boxes.pop() {
            Some(mut reused) => {
                reused.reset();
                reused
            }
            None => Box::default(),
        }
    }

    /// A generator's box holding `data`: one a collection freed when there is one
    /// (`generator_boxes`, its register buffer kept, emptied), else a new one.
    #[inline]
    pub fn generator_box(&mut self, data: crate::object::GeneratorData) -> Box<crate::object::GeneratorData> {
        match self.generator_boxes.pop() {
            Some(mut reused) => {
                let mut regs = std::mem::take(&mut reused.regs);
                *reused = data;
                regs.clear();
                reused.regs = regs;
                reused
            }
            None => Box::new(data),
        }
    }

    /// The box of a generator a sweep freed, emptied for `generator_boxes` (its suspended
    /// frame, pending resumption and async slots dropped; its register buffer kept).
    pub(crate) fn emptied_generator_box(mut g: Box<crate::object::GeneratorData>) -> Box<crate::object::GeneratorData> {
        g.frame = None;
        g.received = None;
        g.async_slots = None;
        g
    }

    /// An empty slot vector with room for `n` slots: inline when they fit, else one a
    /// collection freed when there is one (`slot_vecs`), else a new one.
    #[inline]
    pub fn take_slot_vec(&mut self, n: usize) -> crate::object::property::SlotVec {
        if n <= crate::object::property::INLINE_SLOTS {
            return crate::object::property::SlotVec::new();
        }
        match n.checked_sub(1).and_then(|i| self.slot_vecs.get_mut(i)).and_then(Vec::pop) {
            Some(v) => v,
            None => crate::object::property::SlotVec::with_capacity(n),
        }
    }

    /// Keeps the slot vector of an object a sweep freed, emptied, when a pool for its
    /// capacity has room (see `slot_vecs`).
    pub(crate) fn keep_slot_vec(
        pools: &mut [Vec<crate::object::property::SlotVec>; SLOT_VEC_POOL_CAPACITY],
        mut v: crate::object::property::SlotVec,
    ) {
        if let Some(pool) = v.capacity().checked_sub(1).and_then(|i| pools.get_mut(i))
            && pool.len() < SLOT_VEC_POOL
        {
            v.clear();
            pool.push(v);
        }
    }

    #[inline]
    pub fn obj(&self, id: ObjId) -> &Object {
        self.objects.get(id.0)
    }
    #[inline]
    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        self.objects.get_mut(id.0)
    }
    /// Bytes one object occupies: its arena slot (plus mark bit) and what it owns on the Rust
    /// heap. Shared code (`Rc<Code>`) is not counted. Used for memory measurements.
    pub fn object_bytes(&self, id: ObjId) -> usize {
        std::mem::size_of::<Option<Object>>() + 1 + self.obj(id).owned_bytes()
    }

    /// Counts `bytes` the heap just came to own toward the next collection and the limit:
    /// growth of element vectors, property maps, Map/Set tables and string buffers that is
    /// not an allocation of a new cell.
    #[inline]
    pub fn charge(&mut self, bytes: usize) {
        self.allocated_since_gc = self.allocated_since_gc.saturating_add(bytes);
    }

    /// Allocates a BigInt value.
    pub fn alloc_bigint(&mut self, n: num_bigint::BigInt) -> crate::value::BigIntId {
        self.charge(32 + n.bits() as usize / 8);
        crate::value::BigIntId(self.bigints.insert(n))
    }

    /// The canonical handle for the value of BigInt `id`.
    pub fn intern_bigint(&mut self, id: crate::value::BigIntId) -> crate::value::BigIntId {
        let n = self.bigints.get(id.0);
        if let Some(&c) = self.bigint_intern.get(n) {
            return c;
        }
        self.bigint_intern.insert(n.clone(), id);
        id
    }

    /// Drops canonical handles of collected BigInts.
    pub fn prune_bigint_intern(&mut self) {
        let bigints = &self.bigints;
        self.bigint_intern.retain(|_, id| bigints.is_live(id.0));
    }

    #[inline]
    pub fn bigint(&self, id: crate::value::BigIntId) -> &num_bigint::BigInt {
        self.bigints.get(id.0)
    }

    pub fn alloc_object(&mut self, o: Object) -> ObjId {
        // A new object may come with its elements already (ArrayCreate from a list).
        self.charge(
            OBJECT_COST + o.elements.capacity() * std::mem::size_of::<crate::value::Packed>() + o.props.heap_bytes(),
        );
        ObjId(self.objects.insert(o))
    }

    /// The code units of a string (flattening a rope on first read).
    #[inline]
    pub fn str(&self, id: StrId) -> &[u16] {
        let s = self.strings.get(id.0);
        match s.flat.get() {
            Some(units) => units,
            None => self.flatten(s),
        }
    }

    /// The code units as a shared buffer (a cheap clone; flattens a rope first).
    pub fn str_rc(&mut self, id: StrId) -> Rc<[u16]> {
        self.str(id);
        self.strings.get(id.0).flat.get().expect("flattened").clone()
    }

    /// Length in code units, without flattening.
    #[inline]
    pub fn str_len(&self, id: StrId) -> usize {
        self.strings.get(id.0).len as usize
    }

    /// Copies a rope's leaves, left to right, into its `flat` cell. Iterative, so a rope
    /// built by a million appends cannot overflow the Rust stack.
    #[cold]
    fn flatten<'a>(&'a self, s: &'a JsString) -> &'a [u16] {
        let mut out = Vec::with_capacity(s.len as usize);
        let mut pending = vec![s.rope().expect("a string without code units is a rope")];
        while let Some((left, right)) = pending.pop() {
            // Visit `left` now and `right` after everything under `left`.
            let mut node = left;
            let mut right_stack = vec![right];
            loop {
                let n = self.strings.get(node.0);
                match (n.flat.get(), n.rope()) {
                    (Some(units), _) => {
                        out.extend_from_slice(units);
                        match right_stack.pop() {
                            Some(r) => node = r,
                            None => break,
                        }
                    }
                    (None, Some((l, r))) => {
                        right_stack.push(r);
                        node = l;
                    }
                    (None, None) => unreachable!("a string has units or halves"),
                }
            }
        }
        self.flattened_bytes.set(self.flattened_bytes.get() + out.len() * 2);
        let _ = s.flat.set(out.into());
        s.flat.get().expect("just set")
    }

    pub fn alloc_string(&mut self, units: Vec<u16>) -> StrId {
        self.alloc_string_rc(units.into())
    }

    /// A string over code units already in a shared buffer (built in place by a caller that
    /// knows the length: no copy from a vector).
    pub fn alloc_string_rc(&mut self, units: std::rc::Rc<[u16]>) -> StrId {
        self.charge(32 + units.len() * 2);
        StrId(self.strings.insert(JsString::flat(units, false)))
    }

    /// A string of the UTF-16 encoding of `s`, its buffer made once at its final size:
    /// collected from `encode_utf16` (no length known in advance), it grew by doubling and
    /// was copied once more into the string's shared buffer, which cost a thrown error's
    /// stack text more than formatting it.
    pub fn alloc_str(&mut self, s: &str) -> StrId {
        let units: Rc<[u16]> = if s.is_ascii() {
            s.bytes().map(u16::from).collect()
        } else {
            let mut v = Vec::with_capacity(s.len());
            v.extend(s.encode_utf16());
            v.into()
        };
        self.alloc_string_rc(units)
    }

    /// A rope for `left + right` (both non-empty; the caller checks the length limit).
    pub fn alloc_rope(&mut self, left: StrId, right: StrId) -> StrId {
        let len = self.str_len(left) + self.str_len(right);
        // Only the node: counting the units here would collect once per append of a long
        // string, and each collection walks the rope.
        self.charge(48);
        StrId(self.strings.insert(JsString::rope_of(left, right, len as u32)))
    }
    /// Returns the unique interned string with these contents.
    pub fn intern(&mut self, units: &[u16]) -> StrId {
        if let Some(&id) = self.intern.get(units) {
            return id;
        }
        self.insert_interned(units.into())
    }
    /// Adds a new interned string over `units` (not in the table yet).
    fn insert_interned(&mut self, units: Rc<[u16]>) -> StrId {
        self.charge(48 + units.len() * 2);
        let id = StrId(self.strings.insert(JsString::flat(units.clone(), true)));
        self.intern.insert(units, id);
        id
    }
    pub fn intern_str(&mut self, s: &str) -> StrId {
        with_utf16(s, |units| self.intern(units))
    }
    /// The interned twin of a string (itself when already interned).
    pub fn intern_id(&mut self, id: StrId) -> StrId {
        if self.strings.get(id.0).interned {
            return id;
        }
        // The interned twin shares the string's buffer: no copy to look it up or to keep it.
        let units = self.str_rc(id);
        match self.intern.get(&*units) {
            Some(&found) => found,
            None => self.insert_interned(units),
        }
    }
    /// Drops intern-table entries for collected strings.
    pub fn remove_interned(&mut self, dead: &[Rc<[u16]>]) {
        for d in dead {
            self.intern.remove(d);
        }
    }

    pub fn is_interned(&self, id: StrId) -> bool {
        self.strings.get(id.0).interned
    }

    pub fn sym(&self, id: SymId) -> &Symbol {
        self.symbols.get(id.0)
    }
    pub fn alloc_symbol(&mut self, s: Symbol) -> SymId {
        self.charge(48);
        SymId(self.symbols.insert(s))
    }

    #[inline]
    pub fn env(&self, id: EnvId) -> &Env {
        self.envs.get(id.0)
    }
    #[inline]
    pub fn env_mut(&mut self, id: EnvId) -> &mut Env {
        self.envs.get_mut(id.0)
    }
    pub fn alloc_env(&mut self, e: Env) -> EnvId {
        self.charge(ENV_COST + e.owned_bytes());
        EnvId(self.envs.insert(e))
    }

    /// Whether a collection is due (the interpreter, the job queue and the host's loop check
    /// this at their safepoints).
    #[inline]
    pub fn wants_gc(&self) -> bool {
        self.allocated_since_gc + self.flattened_bytes.get() >= self.next_gc
    }

    /// Whether a collection would be due once `bytes` more are allocated.
    #[inline]
    pub fn wants_gc_after(&self, bytes: usize) -> bool {
        self.allocated_since_gc.saturating_add(self.flattened_bytes.get()).saturating_add(bytes) >= self.next_gc
    }

    /// Estimated bytes in use now: what the last collection found live plus everything
    /// allocated or grown since.
    pub fn estimated_bytes(&self) -> usize {
        self.live_bytes.saturating_add(self.allocated_since_gc).saturating_add(self.flattened_bytes.get())
    }

    /// Bytes the heap owns right now, counted cell by cell: the arenas' slot vectors, what
    /// each live object, string, environment and BigInt owns on the Rust heap, and the
    /// intern tables. Linear in the live heap; the collector does not call it (its marker
    /// sums the cells' own bytes as it reaches them, [`live_bytes_after_sweep`]), tests
    /// check the two agree.
    ///
    /// [`live_bytes_after_sweep`]: Self::live_bytes_after_sweep
    pub fn measure_live_bytes(&self) -> usize {
        let mut owned = self.objects.iter().map(Object::owned_bytes).sum::<usize>();
        owned += self.strings.iter().map(JsString::owned_bytes).sum::<usize>();
        owned += self.envs.iter().map(Env::owned_bytes).sum::<usize>();
        owned += self.bigints.iter().map(bigint_owned_bytes).sum::<usize>();
        self.live_bytes_after_sweep(owned)
    }

    /// The heap's size after a sweep, given what the live cells own on the Rust heap
    /// (`owned`): that, the arenas' slot vectors and the intern tables.
    pub fn live_bytes_after_sweep(&self, owned: usize) -> usize {
        use std::mem::size_of;
        let mut n = self.objects.slot_bytes() + self.strings.slot_bytes() + self.symbols.slot_bytes();
        n += self.envs.slot_bytes() + self.bigints.slot_bytes();
        n += owned;
        n += self.reuse_pool_bytes();
        n += self.intern.capacity() * (size_of::<(Rc<[u16]>, StrId)>() + 1);
        n + self.bigint_intern.capacity() * (size_of::<(num_bigint::BigInt, crate::value::BigIntId)>() + 1)
    }

    /// Bytes the reuse pools hold (`function_boxes`, `promise_boxes`, `generator_boxes`,
    /// `slot_vecs`).
    fn reuse_pool_bytes(&self) -> usize {
        use std::mem::size_of;
        let mut n = self.function_boxes.capacity() * size_of::<Box<crate::object::FunctionData>>();
        n += self.function_boxes.len() * size_of::<crate::object::FunctionData>();
        n += self.promise_boxes.capacity() * size_of::<Box<crate::jobs::PromiseData>>();
        n += self.promise_boxes.iter().map(|p| size_of::<crate::jobs::PromiseData>() + p.owned_bytes()).sum::<usize>();
        n += self.generator_boxes.capacity() * size_of::<Box<crate::object::GeneratorData>>();
        n += self
            .generator_boxes
            .iter()
            .map(|g| size_of::<crate::object::GeneratorData>() + g.regs.capacity() * size_of::<u64>())
            .sum::<usize>();
        for (i, pool) in self.slot_vecs.iter().enumerate() {
            n += pool.capacity() * size_of::<crate::object::property::SlotVec>();
            n += pool.len() * (i + 1) * size_of::<crate::value::Packed>();
        }
        n
    }

    /// Frees the reuse pools: a heap over its limit gives back what it only keeps for speed
    /// before it is declared out of memory.
    pub fn release_reuse_pools(&mut self) {
        let bytes = self.reuse_pool_bytes();
        self.function_boxes = Vec::new();
        self.promise_boxes = Vec::new();
        self.generator_boxes = Vec::new();
        self.slot_vecs = Default::default();
        self.live_bytes = self.live_bytes.saturating_sub(bytes);
    }

    pub fn over_limit(&self) -> bool {
        matches!(self.max_bytes, Some(m) if self.estimated_bytes() > m)
    }

    /// Starts a new allocation period after a collection that found `live` bytes.
    ///
    /// The next collection is due once as much again has been allocated (8 MiB at least),
    /// or earlier when that would cross the heap limit, so an over-limit heap is noticed at
    /// the first safepoint after it happens rather than a full period later.
    pub fn reset_after_collection(&mut self, live: usize) {
        self.live_bytes = live;
        self.allocated_since_gc = 0;
        self.flattened_bytes.set(0);
        let mut period = live.max(8 << 20);
        if let Some(max) = self.max_bytes {
            period = period.min(max.saturating_sub(live).max(1 << 20));
        }
        self.next_gc = period;
    }

    pub fn stats(&self) -> HeapStats {
        HeapStats {
            objects: self.objects.live(),
            strings: self.strings.live(),
            symbols: self.symbols.live(),
            envs: self.envs.live(),
            estimated_bytes: self.estimated_bytes(),
            live_bytes: self.live_bytes,
            peak_bytes: self.peak_bytes.max(self.estimated_bytes()),
            collections: self.gc_count,
        }
    }
}

/// Counts reported by `Vm::heap_stats`.
#[derive(Debug, Clone, Copy)]
pub struct HeapStats {
    pub objects: usize,
    pub strings: usize,
    pub symbols: usize,
    pub envs: usize,
    pub estimated_bytes: usize,
    /// Bytes the last collection found live.
    pub live_bytes: usize,
    /// The largest estimate seen at a collection (or now, if larger).
    pub peak_bytes: usize,
    pub collections: usize,
}

impl std::fmt::Display for HeapStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "objects {} strings {} symbols {} envs {} ~{} KiB, {} collections",
            self.objects,
            self.strings,
            self.symbols,
            self.envs,
            self.estimated_bytes / 1024,
            self.collections
        )
    }
}

/// Runs `f` over the UTF-16 code units of `s`, encoded on the stack when `s` is short (the
/// names of built-ins and properties, looked up by the thousand at realm creation) and in a
/// vector otherwise. A UTF-8 string has at least as many bytes as it has UTF-16 units.
#[inline]
pub fn with_utf16<R>(s: &str, f: impl FnOnce(&[u16]) -> R) -> R {
    const STACK: usize = 64;
    if s.len() <= STACK {
        let mut buf = [0u16; STACK];
        let mut n = 0;
        for u in s.encode_utf16() {
            buf[n] = u;
            n += 1;
        }
        f(&buf[..n])
    } else {
        let units: Vec<u16> = s.encode_utf16().collect();
        f(&units)
    }
}
