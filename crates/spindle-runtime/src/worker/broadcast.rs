//! BroadcastChannel (HTML §9.5): every channel object of the process with the same name, in
//! any agent, receives what one of them posts (but itself). The registry of open channels is
//! process-wide (a mutex over plain data: ids and the owners' completion queues); a message
//! is serialized once per receiver on the sender's thread and deserialized on the receiver's.
//! An open, referenced channel keeps its agent's loop alive, as in Node.

use crate::host::with_runtime;
use crate::io::Completion;
use spindle::Value;
use spindle::jobs::Persistent;
use spindle::structured_clone::{Serialized, structured_deserialize};
use spindle::vm::{JsResult, Vm};
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::mpsc::UnboundedSender;

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// One open channel object: its id and its owner's queue.
struct Subscriber {
    id: u64,
    post: UnboundedSender<Completion>,
}

/// Open channels by name.
static REGISTRY: Mutex<Vec<(String, Vec<Subscriber>)>> = Mutex::new(Vec::new());

fn registry() -> std::sync::MutexGuard<'static, Vec<(String, Vec<Subscriber>)>> {
    REGISTRY.lock().unwrap_or_else(|p| p.into_inner())
}

/// This agent's open channels.
#[derive(Default)]
pub struct Channels {
    open: HashMap<u64, Channel>,
    on_message: Option<Persistent>,
}

struct Channel {
    object: Persistent,
    refed: bool,
}

/// Opens a channel named `name` for `object`; its id. `on_message(channel, data)` (the same
/// function every time) dispatches the `message` event.
pub fn open(vm: &mut Vm, object: Value, name: String, on_message: Value) -> u64 {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let held = vm.persist(object);
    if with_runtime(vm, |_, h| h.channels.on_message.is_none()) {
        let hook = vm.persist(on_message);
        with_runtime(vm, |_, h| h.channels.on_message = Some(hook));
    }
    let post = with_runtime(vm, |_, h| {
        h.channels.open.insert(id, Channel { object: held, refed: true });
        h.io.pending += 1;
        h.io.sender()
    });
    let mut reg = registry();
    match reg.iter_mut().find(|(n, _)| *n == name) {
        Some((_, subs)) => subs.push(Subscriber { id, post }),
        None => reg.push((name, vec![Subscriber { id, post }])),
    }
    id
}

/// Closes channel `id`: no more messages to or from it.
pub fn close(vm: &mut Vm, id: u64) {
    {
        let mut reg = registry();
        for (_, subs) in reg.iter_mut() {
            subs.retain(|s| s.id != id);
        }
        reg.retain(|(_, subs)| !subs.is_empty());
    }
    let channel = with_runtime(vm, |_, h| {
        let c = h.channels.open.remove(&id);
        if c.as_ref().is_some_and(|c| c.refed) {
            h.io.pending = h.io.pending.saturating_sub(1);
        }
        c
    });
    if let Some(c) = channel {
        vm.unpersist(c.object);
    }
}

/// `ref()` / `unref()`.
pub fn set_ref(vm: &mut Vm, id: u64, refed: bool) {
    with_runtime(vm, |_, h| {
        let Some(c) = h.channels.open.get_mut(&id) else { return };
        if c.refed != refed {
            c.refed = refed;
            if refed {
                h.io.pending += 1;
            } else {
                h.io.pending = h.io.pending.saturating_sub(1);
            }
        }
    });
}

/// HTML §9.5 postMessage: serializes `value` for every other open channel of the name.
pub fn post(vm: &mut Vm, id: u64, value: Value) -> Result<(), spindle::structured_clone::CloneError> {
    let targets: Vec<(u64, UnboundedSender<Completion>)> = {
        let reg = registry();
        reg.iter()
            .find(|(_, subs)| subs.iter().any(|s| s.id == id))
            .map(|(_, subs)| subs.iter().filter(|s| s.id != id).map(|s| (s.id, s.post.clone())).collect())
            .unwrap_or_default()
    };
    for (target, post) in targets {
        let message = spindle::structured_clone::structured_serialize(vm, value)?;
        let _ = post.send(Box::new(move |vm: &mut Vm| deliver(vm, target, message)));
    }
    Ok(())
}

/// A message for channel `id` of this agent: its `message` event (if still open).
fn deliver(vm: &mut Vm, id: u64, message: Serialized) -> JsResult<()> {
    let Some((object, hook)) = with_runtime(vm, |_, h| {
        let c = h.channels.open.get(&id)?;
        Some((c.object, h.channels.on_message?))
    }) else {
        return Ok(());
    };
    let target = vm.persistent(object);
    vm.root(target);
    let data = structured_deserialize(vm, message);
    vm.root(data);
    let f = vm.persistent(hook);
    vm.call(f, Value::Undefined, &[target, data])?;
    Ok(())
}
