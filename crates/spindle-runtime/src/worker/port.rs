//! Message ports (HTML §9.4 "Channel messaging"): two entangled ends, each owned by one
//! agent. A message is a structured serialization (`spindle::structured_clone::Serialized`,
//! `Send` by construction) put in the receiving end's queue, which both agents may touch
//! (plain data behind a mutex); its owner is told through its poll phase, one completion
//! per message, and takes the message from the queue when the completion runs — so
//! `receiveMessageOnPort` can take one first, synchronously, and a port that moves to
//! another agent takes its undelivered messages along. Nothing of one heap is ever seen by
//! another thread. A started, referenced port with a listener keeps its owner's loop alive
//! (the port counts as an operation in flight), as in Node. When an agent ends, its ports
//! close, so the other ends see `close` (a stream whose other side went away errors).
//!
//! Garbage collection (HTML §9.4.6): a port that has not been started is held weakly, since
//! no message can be dispatched to it until script code that holds it calls `start()`; when
//! the collector finds it unreachable, its end closes and the other end sees `close` (the
//! close event's garbage-collection case, `webmessaging/message-channels/close-event`). A
//! started port, or one with a `close` listener, is held strongly until it closes or moves:
//! its listeners may still run.
//! Node holds every port strongly, so there a dropped port's partner never hears.

use crate::host::with_runtime;
use crate::io::Completion;
use spindle::Value;
use spindle::hash::IdMap;
use spindle::jobs::{Persistent, WeakPersistent};
use spindle::structured_clone::Serialized;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::UnboundedSender;

/// Port ids are unique in the process, so a port keeps its id when it moves.
static NEXT_PORT_ID: AtomicU64 = AtomicU64::new(1);

/// The state of one end that both agents may touch (behind a mutex: plain data only).
#[derive(Default)]
struct Shared {
    /// The owner's completion queue (None while the end moves between agents).
    owner: Option<UnboundedSender<Completion>>,
    /// The port message queue: messages received and not yet delivered.
    /// Messages with the trace flow that links their posting to their delivery (0: none).
    incoming: VecDeque<(Serialized, u64)>,
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

    /// Gives the end to an agent: it is told of the messages waiting and of later ones.
    pub fn adopt(&self, post: UnboundedSender<Completion>) {
        let Ok(mut s) = self.shared.lock() else { return };
        for _ in 0..s.incoming.len() {
            let _ = post.send(message_available(self.id));
        }
        s.owner = Some(post);
    }

    /// Puts `message` in this end's queue (called by the other end's owner, on its thread).
    /// The owner is told after the lock is released: telling it wakes its thread, which
    /// takes the message at once, and would otherwise find the lock still held (a futex
    /// wait and wake per message). A completion that arrives after the end moved on finds
    /// no port and does nothing; the new owner was told of every waiting message by `adopt`.
    fn receive(&self, message: Serialized, flow: u64) {
        let owner = {
            let Ok(mut s) = self.shared.lock() else { return };
            if s.closed {
                return;
            }
            s.incoming.push_back((message, flow));
            s.owner.clone()
        };
        if let Some(owner) = owner {
            let _ = owner.send(message_available(self.id));
        }
    }

    /// The oldest undelivered message.
    fn take(&self) -> Option<(Serialized, u64)> {
        self.shared.lock().ok()?.incoming.pop_front()
    }

    fn pending_messages(&self) -> usize {
        self.shared.lock().map_or(0, |s| s.incoming.len())
    }

    /// The end leaves its owner (it is being transferred): messages wait for the next one.
    fn release(&self) {
        if let Ok(mut s) = self.shared.lock() {
            s.owner = None;
        }
    }

    /// No more messages get in; those already received are still delivered.
    fn close(&self) {
        if let Ok(mut s) = self.shared.lock() {
            s.closed = true;
        }
    }

    /// This end goes away without a `close` of its own (its agent ended, its port object
    /// was collected, the message carrying it was dropped): it closes, and `remote`'s owner
    /// is told.
    fn close_with(&self, remote: &PortEnd) {
        self.close();
        remote.receive_close();
    }

    fn is_closed(&self) -> bool {
        self.shared.lock().map_or(true, |s| s.closed)
    }
}

/// A new channel: two entangled ends.
pub fn channel() -> (PortEnd, PortEnd) {
    (PortEnd::new(), PortEnd::new())
}

/// How an agent holds a port's JS object.
#[derive(Clone, Copy)]
enum Held {
    /// Started (or the agent's own port to its parent): kept alive.
    Strong(Persistent),
    /// Not started: collected once unreachable (the handle's tag is the port id).
    Weak(WeakPersistent),
}

/// A port of this agent: its JS object, its end and the other end.
struct LocalPort {
    object: Held,
    /// The object's id when it was registered (its `by_object` key, which outlives a weakly
    /// held object until the port is released).
    key: Option<ObjId>,
    end: PortEnd,
    remote: PortEnd,
    started: bool,
    refed: bool,
    /// Whether the port currently counts toward keeping the loop alive.
    keeps_alive: bool,
    /// The other end closed while this port, not started, still held messages: `close`
    /// comes after them, once the port is started (Node's close travels behind the data).
    close_pending: bool,
}

/// The ports this agent owns.
#[derive(Default)]
pub struct Ports {
    /// Keyed with the engine's fast hasher: a port is looked up several times per message
    /// on each side (SipHash was 140 instructions a lookup).
    ports: IdMap<u64, LocalPort>,
    /// Port ids by JS object. An entry may outlive a weakly held object until the collected
    /// port is released (`release_collected`): lookups check that the port's object is
    /// still the one asked about.
    by_object: IdMap<ObjId, u64>,
    on_message: Option<Persistent>,
    on_closed: Option<Persistent>,
}

impl Drop for Ports {
    /// The agent ends: each of its ports closes, and the other ends are told.
    fn drop(&mut self) {
        for port in self.ports.values() {
            port.end.close_with(&port.remote);
        }
    }
}

/// The completion that tells port `id`'s owner a message is in its queue.
fn message_available(id: u64) -> Completion {
    Box::new(move |vm: &mut Vm| deliver(vm, id))
}

/// The completion that tells port `id`'s owner its entangled end closed.
fn close_notice(id: u64) -> Completion {
    Box::new(move |vm: &mut Vm| closed_remotely(vm, id))
}

/// Whether an agent holds a port object it has not started weakly (MessageChannel ports,
/// ports received in messages) or strongly (a worker's port to its parent, which lives as
/// long as the worker's `parentPort`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    WeakUntilStarted,
    Strong,
}

/// Registers `object` as the local end `end` entangled with `remote`, owned by this agent.
pub fn register(vm: &mut Vm, object: Value, end: PortEnd, remote: PortEnd, hold: Hold) {
    let id = end.id;
    let held = match object {
        Value::Object(o) if hold == Hold::WeakUntilStarted => Held::Weak(vm.persist_weak(o, id)),
        _ => Held::Strong(vm.persist(object)),
    };
    let post = with_runtime(vm, |_, h| h.io.sender());
    with_runtime(vm, |_, h| {
        if let Value::Object(o) = object {
            h.ports.by_object.insert(o, id);
        }
        let port = LocalPort {
            object: held,
            key: object.as_object(),
            end: end.clone(),
            remote,
            started: false,
            refed: true,
            keeps_alive: false,
            close_pending: false,
        };
        h.ports.ports.insert(id, port)
    });
    end.adopt(post);
}

/// The JS object of a port held as `held`; None once the collector took it.
fn object_of(vm: &Vm, held: Held) -> Option<ObjId> {
    match held {
        Held::Strong(p) => match vm.persistent(p) {
            Value::Object(o) => Some(o),
            _ => None,
        },
        Held::Weak(w) => vm.weak_persistent(w),
    }
}

/// Forgets local port `id` (closed, transferred away or collected) and releases its object.
fn unregister(vm: &mut Vm, id: u64) -> Option<LocalPort> {
    let port = with_runtime(vm, |_, h| {
        let port = h.ports.ports.remove(&id)?;
        // The key may already belong to another port: a collected object's id is reused.
        if let Some(o) = port.key
            && h.ports.by_object.get(&o) == Some(&id)
        {
            h.ports.by_object.remove(&o);
        }
        Some(port)
    })?;
    match port.object {
        Held::Strong(p) => vm.unpersist(p),
        Held::Weak(w) => vm.unpersist_weak(w),
    }
    Some(port)
}

/// The ports the collector found unreachable (their handles' tags are port ids): each is
/// forgotten and its end closed, so the other end sees `close` (HTML §9.4.6). The loop
/// calls this after every checkpoint and idle-time collection.
pub fn release_collected(vm: &mut Vm) {
    for id in vm.take_collected_weak() {
        let collected = with_runtime(vm, |vm, h| {
            h.ports
                .ports
                .get(&id)
                .is_some_and(|p| matches!(p.object, Held::Weak(_)) && object_of(vm, p.object).is_none())
        });
        if collected && let Some(port) = unregister(vm, id) {
            port.end.close_with(&port.remote);
        }
    }
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
            // Traced: the message's flow starts here and ends where it is delivered.
            let flow = if vm.tracing() { crate::trace::message_sent(vm, &format!("port {id}")) } else { 0 };
            remote.receive(message, flow);
            true
        }
        _ => false,
    }
}

/// `port.start()` (HTML §9.4.4): enables the port message queue; the messages already in
/// it are delivered by the loop, in order.
pub fn start(vm: &mut Vm, id: u64) {
    let waiting = with_runtime(vm, |vm, h| {
        let p = h.ports.ports.get_mut(&id)?;
        if p.started {
            return None;
        }
        p.started = true;
        // A started port may have messages dispatched to it: held strongly from now on.
        hold_strongly(vm, &mut p.object);
        Some((p.end.pending_messages(), p.close_pending, h.io.sender()))
    });
    update_liveness(vm, id);
    if let Some((waiting, close_pending, post)) = waiting {
        for _ in 0..waiting {
            let _ = post.send(message_available(id));
        }
        if close_pending {
            let _ = post.send(close_notice(id));
        }
    }
}

/// Makes a weak hold strong (the object is alive: script code holds it).
fn hold_strongly(vm: &mut Vm, held: &mut Held) {
    if let Held::Weak(w) = *held
        && let Some(o) = vm.weak_persistent(w)
    {
        vm.unpersist_weak(w);
        *held = Held::Strong(vm.persist(Value::Object(o)));
    }
}

/// binding.holdPort(id): the port got a `close` listener, so it is held strongly whether or
/// not it is started: its `close` may be dispatched at any time (from another thread's
/// close), and HTML §9.4.6 keeps a port alive while an event for it is queued, which a
/// collection between that close and its dispatch would break.
pub fn hold(vm: &mut Vm, id: u64) {
    with_runtime(vm, |vm, h| {
        if let Some(p) = h.ports.ports.get_mut(&id) {
            hold_strongly(vm, &mut p.object);
        }
    });
}

/// receiveMessageOnPort (Node: lib/internal/worker/io.js): the oldest undelivered message
/// of local port `id`, taken now, started or not.
pub fn receive_now(vm: &mut Vm, id: u64) -> Option<Value> {
    let end = with_runtime(vm, |_, h| h.ports.ports.get(&id).map(|p| p.end.clone()))?;
    let (message, _) = end.take()?;
    let mut host = super::transfer::Transferables::default();
    Some(spindle::structured_clone::structured_deserialize_with_host(vm, message, &mut host))
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
    // This side's `close` first, then the other side's (as Node orders them); messages on
    // their way are delivered before either.
    let _ = post.send(close_notice(id));
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
            let _ = owner.send(close_notice(self.id));
        }
    }
}

/// The entangled end was closed: this port closes too and emits `close` — after the
/// messages it still holds (as in Node, where the close travels behind the data). A port
/// not started closes once it is started and they are delivered; a started one has a
/// delivery queued for each of them (by `receive` or by `start`), so the close goes behind
/// those again: it may have been told of the close before `start` queued them.
fn closed_remotely(vm: &mut Vm, id: u64) -> JsResult<()> {
    update_liveness(vm, id);
    let held = with_runtime(vm, |_, h| {
        let p = h.ports.ports.get_mut(&id)?;
        if p.end.pending_messages() > 0 {
            if p.started {
                let _ = h.io.sender().send(close_notice(id));
            } else {
                p.close_pending = true;
            }
            return None;
        }
        Some(p.object)
    });
    let Some(held) = held else { return Ok(()) };
    let port = object_of(vm, held);
    if let Some(port) = port {
        vm.root(Value::Object(port));
    }
    unregister(vm, id);
    match port {
        Some(port) => call_hook(vm, Hook::Closed, &[Value::Object(port)]),
        None => Ok(()),
    }
}

/// A message is in port `id`'s queue: if the port is here and started, the oldest message
/// is taken, deserialized into this heap and handed to the port object's JavaScript
/// (`js/internal/worker/io.js` dispatches the `message` event); else it waits for
/// `start()` or for the agent the port moved to.
fn deliver(vm: &mut Vm, id: u64) -> JsResult<()> {
    let port = with_runtime(vm, |vm, h| {
        h.ports.ports.get(&id).filter(|p| p.started).and_then(|p| Some((object_of(vm, p.object)?, p.end.clone())))
    });
    let Some((object, end)) = port else { return Ok(()) };
    let Some((message, flow)) = end.take() else { return Ok(()) };
    let port = Value::Object(object);
    vm.root(port);
    let mut host = super::transfer::Transferables::default();
    let data = spindle::structured_clone::structured_deserialize_with_host(vm, message, &mut host);
    vm.root(data);
    // The ports that came with it (none, mostly: then no array is made).
    let ports = if host.received_ports.is_empty() {
        Value::Undefined
    } else {
        let ports = host.received_ports.into_iter().map(Value::Object).collect();
        Value::Object(vm.new_array(ports))
    };
    vm.root(ports);
    if flow == 0 || !vm.tracing() {
        return call_hook(vm, Hook::Message, &[port, data, ports]);
    }
    crate::trace::message_begin(vm, &format!("port {id}"), flow);
    let r = call_hook(vm, Hook::Message, &[port, data, ports]);
    crate::trace::task_end(vm);
    r
}

/// The JavaScript side's entry points (`binding.setPortHooks(onMessage(port, data, ports),
/// onClosed(port))`).
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

/// binding.setPortHooks(onMessage(port, data, ports), onClosed(port)).
pub fn set_hooks(vm: &mut Vm, on_message: Value, on_closed: Value) {
    let (m, c) = (vm.persist(on_message), vm.persist(on_closed));
    with_runtime(vm, |_, h| {
        h.ports.on_message = Some(m);
        h.ports.on_closed = Some(c);
    });
}

/// The local port whose JS object is `o`.
pub fn port_of_object(vm: &mut Vm, o: ObjId) -> Option<u64> {
    with_runtime(vm, |vm, h| {
        let id = *h.ports.by_object.get(&o)?;
        let port = h.ports.ports.get(&id)?;
        (object_of(vm, port.object) == Some(o)).then_some(id)
    })
}

/// A port on its way to another agent: its end, entangled with `remote`. Dropped before
/// it arrives (its message was dropped, or the rest of the serialization failed), the end
/// closes and the other end is told, as when an agent holding it ends.
pub struct TransferredPort {
    end: PortEnd,
    remote: PortEnd,
    arrived: bool,
}

impl Drop for TransferredPort {
    fn drop(&mut self) {
        if !self.arrived {
            self.end.close_with(&self.remote);
        }
    }
}

/// A port's transfer steps (HTML §9.4.4): the port leaves this agent (its undelivered
/// messages stay in its queue and go along); the sender's object is left disentangled.
pub fn transfer(vm: &mut Vm, id: u64) -> Option<TransferredPort> {
    with_runtime(vm, |_, h| {
        if let Some(p) = h.ports.ports.get_mut(&id) {
            p.started = false;
        }
    });
    update_liveness(vm, id);
    let port = unregister(vm, id)?;
    port.end.release();
    Some(TransferredPort { end: port.end.clone(), remote: port.remote.clone(), arrived: false })
}

/// A port's transfer-receiving steps: a new MessagePort object owning the end.
pub fn receive(vm: &mut Vm, mut port: TransferredPort) -> ObjId {
    let object = match new_port_object(vm, port.end.id) {
        Ok(Value::Object(o)) => o,
        _ => return vm.new_object(),
    };
    vm.root(Value::Object(object));
    port.arrived = true;
    register(vm, Value::Object(object), port.end.clone(), port.remote.clone(), Hold::WeakUntilStarted);
    object
}

/// A MessagePort object for port `id` (`js/internal/worker/io.js` portWithId).
fn new_port_object(vm: &mut Vm, id: u64) -> JsResult<Value> {
    let Value::Object(io) = crate::loader::builtins::builtin_exports(vm, "internal/worker/io")? else {
        return Ok(Value::Undefined);
    };
    let make = vm.get_str(io, "portWithId")?;
    vm.call(make, Value::Undefined, &[Value::Number(id as f64)])
}
