//! Message ports (HTML §9.4 "Channel messaging"): two entangled ends, each owned by one
//! agent. A message is a structured serialization (`spindle::structured_clone::Serialized`,
//! `Send` by construction) handed to the other end's shared state, which forwards it to its
//! owner's poll phase as an I/O completion; nothing of one heap is ever seen by another
//! thread. An end that has no owner yet (a worker's side before its thread runs) keeps the
//! messages until it gets one. A started, referenced port with a listener keeps its owner's
//! loop alive (the port counts as an operation in flight), as in Node.

use crate::host::with_runtime;
use crate::io::Completion;
use spindle::Value;
use spindle::jobs::Persistent;
use spindle::structured_clone::{HostTransfer, Serialized};
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::UnboundedSender;

/// Port ids are unique in the process, so a port keeps its id when it moves.
static NEXT_PORT_ID: AtomicU64 = AtomicU64::new(1);

/// Where an end's messages go: its owner's completion queue and its id there.
struct Owner {
    post: UnboundedSender<Completion>,
}

/// The state of one end that both agents may touch (behind a mutex: plain data only).
#[derive(Default)]
struct Shared {
    owner: Option<Owner>,
    /// Messages that arrived while the end had no owner.
    waiting: Vec<Serialized>,
    closed: bool,
}

/// One end of a channel, as a handle any thread may hold.
#[derive(Clone)]
pub struct PortEnd {
    pub id: u64,
    shared: Arc<Mutex<Shared>>,
}

impl PortEnd {
    fn new() -> PortEnd {
        PortEnd { id: NEXT_PORT_ID.fetch_add(1, Ordering::Relaxed), shared: Arc::default() }
    }

    /// Gives the end to an agent: messages from now on (and those waiting) go to `post`.
    pub fn adopt(&self, post: UnboundedSender<Completion>) {
        let waiting = {
            let Ok(mut s) = self.shared.lock() else { return };
            s.owner = Some(Owner { post: post.clone() });
            std::mem::take(&mut s.waiting)
        };
        for message in waiting {
            let _ = post.send(delivery(self.id, message));
        }
    }

    /// Hands `message` to this end (called by the other end's owner, on its thread).
    fn receive(&self, message: Serialized) {
        let Ok(mut s) = self.shared.lock() else { return };
        if s.closed {
            return;
        }
        match &s.owner {
            Some(owner) => {
                let _ = owner.post.send(delivery(self.id, message));
            }
            None => s.waiting.push(message),
        }
    }

    /// The end leaves its owner (it is being transferred): messages wait for the next one.
    fn release(&self) {
        if let Ok(mut s) = self.shared.lock() {
            s.owner = None;
        }
    }

    fn close(&self) {
        if let Ok(mut s) = self.shared.lock() {
            s.closed = true;
            s.owner = None;
            s.waiting.clear();
        }
    }

    fn is_closed(&self) -> bool {
        self.shared.lock().map_or(true, |s| s.closed)
    }
}

/// A new channel: two entangled ends.
pub fn channel() -> (PortEnd, PortEnd) {
    (PortEnd::new(), PortEnd::new())
}

/// A port of this agent: its JS object, its end and the other end.
struct LocalPort {
    object: Persistent,
    end: PortEnd,
    remote: PortEnd,
    started: bool,
    refed: bool,
    /// Whether the port currently counts toward keeping the loop alive.
    keeps_alive: bool,
    /// Messages delivered before `start()`.
    queue: VecDeque<Serialized>,
}

/// The ports this agent owns.
#[derive(Default)]
pub struct Ports {
    ports: HashMap<u64, LocalPort>,
    on_message: Option<Persistent>,
    on_closed: Option<Persistent>,
}

/// The completion that delivers `message` to port `id` of the agent running it.
fn delivery(id: u64, message: Serialized) -> Completion {
    Box::new(move |vm: &mut Vm| deliver(vm, id, message))
}

/// Registers `object` as the local end `end` entangled with `remote`, owned by this agent.
pub fn register(vm: &mut Vm, object: Value, end: PortEnd, remote: PortEnd) {
    let held = vm.persist(object);
    let post = with_runtime(vm, |_, h| h.io.sender());
    let id = end.id;
    with_runtime(vm, |_, h| {
        h.ports.ports.insert(
            id,
            LocalPort {
                object: held,
                end: end.clone(),
                remote,
                started: false,
                refed: true,
                keeps_alive: false,
                queue: VecDeque::new(),
            },
        )
    });
    end.adopt(post);
}

/// Recomputes whether port `id` keeps the loop alive (started, referenced, open).
fn update_liveness(vm: &mut Vm, id: u64) {
    with_runtime(vm, |_, h| {
        let Some(p) = h.ports.ports.get_mut(&id) else { return };
        let alive = p.started && p.refed && !p.end.is_closed();
        if alive != p.keeps_alive {
            p.keeps_alive = alive;
            if alive {
                h.io.pending += 1;
            } else {
                h.io.pending = h.io.pending.saturating_sub(1);
            }
        }
    });
}

/// Whether port `id` keeps the loop alive (started, referenced and open).
pub fn keeps_alive(vm: &mut Vm, id: u64) -> bool {
    with_runtime(vm, |_, h| h.ports.ports.get(&id).is_some_and(|p| p.keeps_alive))
}

/// Sends `message` from local port `id` to its entangled end. False when the port is
/// closed or unknown (the message is dropped, as the standard says).
pub fn post(vm: &mut Vm, id: u64, message: Serialized) -> bool {
    let remote = with_runtime(vm, |_, h| h.ports.ports.get(&id).map(|p| p.remote.clone()));
    match remote {
        Some(remote) if !remote.is_closed() => {
            remote.receive(message);
            true
        }
        _ => false,
    }
}

/// `port.start()`: delivers the queued messages and lets later ones through.
pub fn start(vm: &mut Vm, id: u64) -> JsResult<()> {
    let queued = with_runtime(vm, |_, h| {
        let Some(p) = h.ports.ports.get_mut(&id) else { return VecDeque::new() };
        p.started = true;
        std::mem::take(&mut p.queue)
    });
    update_liveness(vm, id);
    for message in queued {
        dispatch(vm, id, message)?;
    }
    Ok(())
}

/// `port.ref()` / `port.unref()`.
pub fn set_ref(vm: &mut Vm, id: u64, refed: bool) {
    with_runtime(vm, |_, h| {
        if let Some(p) = h.ports.ports.get_mut(&id) {
            p.refed = refed;
        }
    });
    update_liveness(vm, id);
}

/// `port.close()`: disentangles both ends. Each side's `close` event comes through its
/// owner's completion queue, so messages already on their way are delivered first.
pub fn close(vm: &mut Vm, id: u64) {
    let Some((end, remote)) =
        with_runtime(vm, |_, h| h.ports.ports.get(&id).map(|p| (p.end.clone(), p.remote.clone())))
    else {
        return;
    };
    let post = with_runtime(vm, |_, h| h.io.sender());
    end.close();
    // This side's `close` first, then the other side's (as Node orders them).
    let _ = post.send(Box::new(move |vm: &mut Vm| closed_remotely(vm, id)));
    remote.receive_close();
    update_liveness(vm, id);
}

impl PortEnd {
    /// The other end closed: its owner is told (a `close` event on that port).
    fn receive_close(&self) {
        let Ok(mut s) = self.shared.lock() else { return };
        if s.closed {
            return;
        }
        s.closed = true;
        if let Some(owner) = s.owner.take() {
            let id = self.id;
            let _ = owner.post.send(Box::new(move |vm: &mut Vm| closed_remotely(vm, id)));
        }
    }
}

/// The entangled end was closed: this port closes too and emits `close`.
fn closed_remotely(vm: &mut Vm, id: u64) -> JsResult<()> {
    update_liveness(vm, id);
    let Some(object) = with_runtime(vm, |_, h| h.ports.ports.remove(&id).map(|p| p.object)) else { return Ok(()) };
    let port = vm.persistent(object);
    vm.unpersist(object);
    vm.root(port);
    call_hook(vm, Hook::Closed, &[port])
}

/// A message arrived for port `id`: queued until `start()`, else dispatched.
fn deliver(vm: &mut Vm, id: u64, message: Serialized) -> JsResult<()> {
    let started = with_runtime(vm, |_, h| match h.ports.ports.get_mut(&id) {
        Some(p) if !p.started => {
            p.queue.push_back(message);
            None
        }
        Some(_) => Some(message),
        None => None,
    });
    match started {
        Some(message) => dispatch(vm, id, message),
        None => Ok(()),
    }
}

/// Deserializes `message` into this heap and hands it to the port object's JavaScript
/// (`js/internal/worker/io.js` dispatches the `message` event).
fn dispatch(vm: &mut Vm, id: u64, message: Serialized) -> JsResult<()> {
    let Some(object) = with_runtime(vm, |_, h| h.ports.ports.get(&id).map(|p| p.object)) else { return Ok(()) };
    let port = vm.persistent(object);
    vm.root(port);
    let data = spindle::structured_clone::structured_deserialize_with_host(vm, message, &mut PortTransfer);
    vm.root(data);
    call_hook(vm, Hook::Message, &[port, data])
}

/// The JavaScript side's entry points (`binding.setPortHooks(onMessage, onClosed)`).
#[derive(Clone, Copy)]
enum Hook {
    Message,
    Closed,
}

/// Calls one of the hooks `js/internal/worker/io.js` registered.
fn call_hook(vm: &mut Vm, hook: Hook, args: &[Value]) -> JsResult<()> {
    let held = with_runtime(vm, |_, h| match hook {
        Hook::Message => h.ports.on_message,
        Hook::Closed => h.ports.on_closed,
    });
    let Some(held) = held else { return Ok(()) };
    let f = vm.persistent(held);
    vm.call(f, Value::Undefined, args)?;
    Ok(())
}

/// binding.setPortHooks(onMessage(port, data), onClosed(port)).
pub fn set_hooks(vm: &mut Vm, on_message: Value, on_closed: Value) {
    let (m, c) = (vm.persist(on_message), vm.persist(on_closed));
    with_runtime(vm, |_, h| {
        h.ports.on_message = Some(m);
        h.ports.on_closed = Some(c);
    });
}

/// MessagePorts as transferable objects (HTML §9.4.4: a port's transfer steps move its
/// entanglement to the receiving agent; the sender's object is left disentangled).
pub struct PortTransfer;

/// The local port whose JS object is `o`.
fn port_of_object(vm: &mut Vm, o: ObjId) -> Option<u64> {
    with_runtime(vm, |vm, h| {
        h.ports.ports.iter().find(|(_, p)| vm.persistent(p.object) == Value::Object(o)).map(|(&id, _)| id)
    })
}

impl HostTransfer for PortTransfer {
    fn can_transfer(&mut self, vm: &mut Vm, o: ObjId) -> bool {
        port_of_object(vm, o).is_some()
    }

    fn transfer(&mut self, vm: &mut Vm, o: ObjId) -> Box<dyn std::any::Any + Send> {
        let Some(id) = port_of_object(vm, o) else { return Box::new(()) };
        with_runtime(vm, |_, h| {
            if let Some(p) = h.ports.ports.get_mut(&id) {
                p.started = false;
            }
        });
        update_liveness(vm, id);
        let Some(port) = with_runtime(vm, |_, h| h.ports.ports.remove(&id)) else { return Box::new(()) };
        vm.unpersist(port.object);
        port.end.release();
        // Messages that arrived but were not dispatched yet go along with the port.
        let queued: Vec<Serialized> = port.queue.into_iter().collect();
        Box::new((port.end, port.remote, queued))
    }

    fn receive(&mut self, vm: &mut Vm, data: Box<dyn std::any::Any + Send>) -> ObjId {
        let Ok(parts) = data.downcast::<(PortEnd, PortEnd, Vec<Serialized>)>() else { return vm.new_object() };
        let (end, remote, queued) = *parts;
        let object = match new_port_object(vm, end.id) {
            Ok(Value::Object(o)) => o,
            _ => return vm.new_object(),
        };
        vm.root(Value::Object(object));
        let id = end.id;
        register(vm, Value::Object(object), end, remote);
        with_runtime(vm, |_, h| {
            if let Some(p) = h.ports.ports.get_mut(&id) {
                p.queue.extend(queued);
            }
        });
        object
    }
}

/// A MessagePort object for port `id` (`js/internal/worker/io.js` portWithId).
fn new_port_object(vm: &mut Vm, id: u64) -> JsResult<Value> {
    let Value::Object(io) = crate::loader::builtins::builtin_exports(vm, "internal/worker/io")? else {
        return Ok(Value::Undefined);
    };
    let make = vm.get_str(io, "portWithId")?;
    vm.call(make, Value::Undefined, &[Value::Number(id as f64)])
}
