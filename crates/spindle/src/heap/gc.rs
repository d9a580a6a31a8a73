//! Precise mark-sweep collection. Roots: the register file, frames, native roots, realms
//! (intrinsics, globals), engine-held names and symbols, and the code of live frames.

use crate::bytecode::Code;
use crate::heap::EnvKind;
use crate::object::{ObjectKind, PropertyKey, Slot};
use crate::value::{EnvId, ObjId, StrId, SymId, Value};
use crate::vm::Vm;
use std::collections::HashSet;

#[derive(Default)]
struct Marker {
    objects: Vec<ObjId>,
    envs: Vec<EnvId>,
    codes_seen: HashSet<u64>,
}

impl Marker {
    fn value(&mut self, vm: &mut Vm, v: Value) {
        match v {
            Value::Object(o) => self.object(vm, o),
            Value::String(s) => self.string(vm, s),
            Value::Symbol(s) => self.symbol(vm, s),
            Value::Env(e) => self.env(vm, e),
            _ => {}
        }
    }
    fn object(&mut self, vm: &mut Vm, o: ObjId) {
        if vm.heap.objects.mark(o.0) {
            self.objects.push(o);
        }
    }
    fn env(&mut self, vm: &mut Vm, e: EnvId) {
        if vm.heap.envs.mark(e.0) {
            self.envs.push(e);
        }
    }
    fn string(&mut self, vm: &mut Vm, s: StrId) {
        vm.heap.strings.mark(s.0);
    }
    fn symbol(&mut self, vm: &mut Vm, s: SymId) {
        if vm.heap.symbols.mark(s.0)
            && let Some(d) = vm.heap.sym(s).description
        {
            vm.heap.strings.mark(d.0);
        }
    }
    fn key(&mut self, vm: &mut Vm, k: PropertyKey) {
        match k {
            PropertyKey::String(s) => self.string(vm, s),
            PropertyKey::Symbol(s) => self.symbol(vm, s),
            PropertyKey::Index(_) => {}
        }
    }
    fn code(&mut self, vm: &mut Vm, c: &Code) {
        if !self.codes_seen.insert(c.id) {
            return;
        }
        for &v in &c.constants {
            self.value(vm, v);
        }
        for f in &c.functions {
            self.code(vm, f);
        }
    }

    /// Traces everything reachable from the pending worklists.
    fn drain(&mut self, vm: &mut Vm) {
        loop {
            if let Some(o) = self.objects.pop() {
                self.trace_object(vm, o);
                continue;
            }
            if let Some(e) = self.envs.pop() {
                let env = vm.heap.env(e);
                let parent = env.parent;
                let slots = env.slots.clone();
                let with = match &env.kind {
                    EnvKind::With(o) => Some(*o),
                    _ => None,
                };
                let extra: Vec<(StrId, Value)> = match &env.kind {
                    EnvKind::EvalVars(_, x) => x.clone(),
                    _ => Vec::new(),
                };
                if let Some(p) = parent {
                    self.env(vm, p);
                }
                for v in slots {
                    self.value(vm, v);
                }
                if let Some(o) = with {
                    self.object(vm, o);
                }
                for (k, v) in extra {
                    self.string(vm, k);
                    self.value(vm, v);
                }
                continue;
            }
            break;
        }
    }

    fn trace_object(&mut self, vm: &mut Vm, o: ObjId) {
        let obj = vm.heap.obj(o);
        let proto = obj.proto;
        let mut vals: Vec<Value> = Vec::with_capacity(obj.props.len() * 2 + obj.elements.len() + 4);
        let mut keys: Vec<PropertyKey> = Vec::with_capacity(obj.props.len());
        for (k, p) in obj.props.iter() {
            keys.push(*k);
            match p.slot {
                Slot::Data(v) => vals.push(v),
                Slot::Accessor(g, s) => {
                    vals.push(g);
                    vals.push(s);
                }
            }
        }
        vals.extend_from_slice(&obj.elements);
        if let Some(n) = obj.class_name {
            vals.push(Value::String(n));
        }
        let mut code: Option<std::rc::Rc<Code>> = None;
        match &obj.kind {
            ObjectKind::Function(fd) => {
                code = Some(fd.code.clone());
                if let Some(e) = fd.env {
                    vals.push(Value::Env(e));
                }
                if let Some(h) = fd.home_object {
                    vals.push(Value::Object(h));
                }
                if let Some(i) = fd.field_init {
                    vals.push(Value::Object(i));
                }
            }
            ObjectKind::Native(n) => vals.extend_from_slice(&n.slots),
            ObjectKind::Bound(b) => {
                vals.push(Value::Object(b.target));
                vals.push(b.this);
                vals.extend_from_slice(&b.args);
            }
            ObjectKind::StringBox(s) => vals.push(Value::String(*s)),
            ObjectKind::SymbolBox(s) => vals.push(Value::Symbol(*s)),
            ObjectKind::Arguments(Some(m)) => vals.push(Value::Env(m.env)),
            ObjectKind::ForIn(st) => {
                vals.push(st.object);
                for k in st.keys.iter().chain(st.visited.iter()) {
                    keys.push(*k);
                }
            }
            ObjectKind::ArrayIterator { object, .. } => vals.push(*object),
            ObjectKind::StringIterator { string, .. } => vals.push(*string),
            _ => {}
        }
        if let Some(p) = proto {
            self.object(vm, p);
        }
        for k in keys {
            self.key(vm, k);
        }
        for v in vals {
            self.value(vm, v);
        }
        if let Some(c) = code {
            self.code(vm, &c);
        }
    }
}

/// Runs a full collection.
pub fn collect(vm: &mut Vm) {
    let mut m = Marker::default();
    let regs = vm.regs.clone();
    for v in regs {
        m.value(vm, v);
    }
    let roots = vm.roots.clone();
    for v in roots {
        m.value(vm, v);
    }
    let frames: Vec<_> = vm.frames.iter().map(|f| (f.code.clone(), f.func, f.this, f.new_target, f.env)).collect();
    for (code, func, this, nt, env) in frames {
        m.code(vm, &code);
        if let Some(f) = func {
            m.object(vm, f);
        }
        m.value(vm, this);
        m.value(vm, nt);
        if let Some(e) = env {
            m.env(vm, e);
        }
    }
    for s in vm.names.all() {
        m.string(vm, s);
    }
    for s in vm.sym.all() {
        m.symbol(vm, s);
    }
    let registry: Vec<(StrId, SymId)> = vm.symbol_registry.iter().map(|(k, v)| (*k, *v)).collect();
    for (k, s) in registry {
        m.string(vm, k);
        m.symbol(vm, s);
    }
    let templates: Vec<ObjId> = vm.template_cache.values().copied().collect();
    for o in templates {
        m.object(vm, o);
    }
    let realm_roots: Vec<Value> = vm.realms.iter().flat_map(|r| r.roots()).collect();
    for v in realm_roots {
        m.value(vm, v);
    }
    m.drain(vm);
    sweep(vm);
}

fn sweep(vm: &mut Vm) {
    let heap = &mut vm.heap;
    heap.objects.sweep(|_, _| {});
    heap.envs.sweep(|_, _| {});
    heap.symbols.sweep(|_, _| {});
    let mut dead_interned: Vec<std::rc::Rc<[u16]>> = Vec::new();
    heap.strings.sweep(|_, s| {
        if s.interned {
            dead_interned.push(s.units.clone());
        }
    });
    heap.remove_interned(&dead_interned);
    heap.gc_count += 1;
    let live = heap.objects.live() * 160 + heap.envs.live() * 64 + heap.strings.live() * 48 + heap.symbols.live() * 48;
    heap.live_bytes = live;
    heap.allocated_since_gc = 0;
    heap.next_gc = (live * 2).max(8 << 20);
}
