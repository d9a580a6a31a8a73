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
}

/// An environment record: slots for captured bindings plus the outer link.
pub struct Env {
    pub parent: Option<EnvId>,
    pub slots: Vec<Value>,
    pub kind: EnvKind,
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
    /// Approximate bytes live after the last collection.
    pub live_bytes: usize,
    pub next_gc: usize,
    /// Hard limit in bytes (`--max-heap-mb`).
    pub max_bytes: Option<usize>,
    pub gc_count: usize,
}

const OBJECT_COST: usize = 160;
const ENV_COST: usize = 64;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Self {
        Heap {
            objects: Arena::default(),
            strings: Arena::default(),
            symbols: Arena::default(),
            envs: Arena::default(),
            bigints: Arena::default(),
            bigint_intern: std::collections::HashMap::new(),
            intern: IdMap::default(),
            allocated_since_gc: 0,
            live_bytes: 0,
            next_gc: 8 << 20,
            max_bytes: None,
            gc_count: 0,
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
        use crate::object::ObjectKind;
        use std::mem::size_of;
        let o = self.obj(id);
        let mut n = size_of::<Option<Object>>() + 1 + o.props.heap_bytes() + o.elements.capacity() * size_of::<Value>();
        if let ObjectKind::Promise(d) = &o.kind {
            n +=
                size_of::<crate::jobs::PromiseData>() + d.reactions.capacity() * size_of::<crate::jobs::ReactionPair>();
        }
        if let ObjectKind::Generator(g) = &o.kind {
            n += size_of::<crate::object::GeneratorData>();
            if let Some(f) = &g.frame {
                n += f.regs.capacity() * size_of::<Value>();
            }
            n += g.spare_regs.capacity() * size_of::<Value>();
            if let Some(s) = &g.async_slots {
                n += size_of::<crate::object::AsyncGeneratorSlots>()
                    + s.queue.capacity() * size_of::<crate::object::AsyncGeneratorRequest>();
            }
        }
        n
    }

    /// Allocates a BigInt value.
    pub fn alloc_bigint(&mut self, n: num_bigint::BigInt) -> crate::value::BigIntId {
        self.allocated_since_gc += 32 + n.bits() as usize / 8;
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
        self.allocated_since_gc += OBJECT_COST;
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
        let mut pending = vec![s.rope.expect("a string without code units is a rope")];
        while let Some((left, right)) = pending.pop() {
            // Visit `left` now and `right` after everything under `left`.
            let mut node = left;
            let mut right_stack = vec![right];
            loop {
                let n = self.strings.get(node.0);
                match (n.flat.get(), n.rope) {
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
        let _ = s.flat.set(out.into());
        s.flat.get().expect("just set")
    }

    pub fn alloc_string(&mut self, units: Vec<u16>) -> StrId {
        self.allocated_since_gc += 32 + units.len() * 2;
        StrId(self.strings.insert(JsString::flat(units.into(), false)))
    }

    /// A rope for `left + right` (both non-empty; the caller checks the length limit).
    pub fn alloc_rope(&mut self, left: StrId, right: StrId) -> StrId {
        let len = self.str_len(left) + self.str_len(right);
        // Only the node: counting the units here would collect once per append of a long
        // string, and each collection walks the rope.
        self.allocated_since_gc += 48;
        StrId(self.strings.insert(JsString {
            flat: std::cell::OnceCell::new(),
            rope: Some((left, right)),
            len: len as u32,
            interned: false,
        }))
    }
    /// Returns the unique interned string with these contents.
    pub fn intern(&mut self, units: &[u16]) -> StrId {
        if let Some(&id) = self.intern.get(units) {
            return id;
        }
        let rc: Rc<[u16]> = units.into();
        self.allocated_since_gc += 48 + units.len() * 4;
        let id = StrId(self.strings.insert(JsString::flat(rc.clone(), true)));
        self.intern.insert(rc, id);
        id
    }
    pub fn intern_str(&mut self, s: &str) -> StrId {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.intern(&units)
    }
    /// The interned twin of a string (itself when already interned).
    pub fn intern_id(&mut self, id: StrId) -> StrId {
        if self.strings.get(id.0).interned {
            return id;
        }
        let units: Rc<[u16]> = self.str(id).into();
        self.intern(&units)
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
        self.allocated_since_gc += 48;
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
        self.allocated_since_gc += ENV_COST + e.slots.len() * 16;
        EnvId(self.envs.insert(e))
    }

    /// Whether a collection is due (the interpreter checks this at safepoints).
    #[inline]
    pub fn wants_gc(&self) -> bool {
        self.allocated_since_gc >= self.next_gc
    }

    /// Estimated bytes in use now.
    pub fn estimated_bytes(&self) -> usize {
        self.live_bytes + self.allocated_since_gc
    }

    pub fn over_limit(&self) -> bool {
        matches!(self.max_bytes, Some(m) if self.estimated_bytes() > m)
    }

    pub fn stats(&self) -> HeapStats {
        HeapStats {
            objects: self.objects.live(),
            strings: self.strings.live(),
            symbols: self.symbols.live(),
            envs: self.envs.live(),
            estimated_bytes: self.estimated_bytes(),
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
