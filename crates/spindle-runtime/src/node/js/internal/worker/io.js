// internal/worker/io (Node: lib/internal/worker/io.js; HTML §9.4 Channel messaging):
// MessagePort, MessageChannel and MessageEvent over the runtime's ports
// (crates/spindle-runtime/src/worker/port.rs). A MessagePort is an EventTarget with Node's
// EventEmitter-style methods as well: `port.on('message', (value) => …)` gets the data,
// `addEventListener('message', (event) => …)` and `onmessage` get a MessageEvent. Adding a
// 'message' listener (or setting onmessage) starts the port, as in Node.
'use strict';

const binding = require('internal/worker/binding');
const {
  EventTarget,
  Event,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  defineEventHandler,
} = require('internal/event_target');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR } } =
  require('internal/errors');

const kId = Symbol('kId');
const kCreate = Symbol('kCreate');
const kIncomingPorts = Symbol('kIncomingPorts');
const kNoPorts = Object.freeze([]);
const kHandler = Symbol('kHandler');
const kClosed = Symbol('kClosed');

/// HTML §9.4.5 MessageEvent (the parts a runtime has: data, ports; origin '' and
/// lastEventId '' and source null).
class MessageEvent extends Event {
  #data;
  #ports;

  // (No default for `init`: simple parameters keep `arguments.length` a plain count.)
  constructor(type, init) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, init);
    this.#data = init != null && 'data' in init ? init.data : null;
    // A frozen copy of the ports; the shared empty one when there are none (a message's
    // usual case: one array less per event).
    const ports = init != null ? init.ports : undefined;
    this.#ports = ports === undefined || ports === kNoPorts ? kNoPorts : Object.freeze([...ports]);
  }

  get data() { return this.#data; }
  get origin() { return ''; }
  get lastEventId() { return ''; }
  get source() { return null; }
  get ports() { return this.#ports; }
}

function isPort(v) {
  return v != null && typeof v === 'object' && kId in v;
}

class MessagePort extends EventTarget {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kId] = 0;
    this[kHandler] = null;
    this[kClosed] = false;
    this[kIncomingPorts] = kNoPorts;
  }

  // Node: lib/internal/worker/io.js MessagePort.prototype[kNewListener] — a port keeps its
  // thread's loop alive while it has 'message' listeners of either style (the first one
  // refs it, removing the last unrefs it). HTML §9.4.4: addEventListener does not start
  // the port (Node 20 does; the standard and WPT decide), onmessage and on('message') do.
  // A `close` listener makes the runtime hold the port strongly, started or not (see
  // worker/port.rs: a port not started is otherwise collected once unreachable).
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (type === 'message' && size === 1 && !this[kClosed]) binding.setRef(this[kId], true);
    if (type === 'close' && size === 1 && !this[kClosed]) binding.holdPort(this[kId]);
    super[kNewListener](size, type, listener, once, capture, passive, weak);
  }

  [kRemoveListener](size, type, listener, capture) {
    if (type === 'message' && size === 0 && !this[kClosed]) binding.setRef(this[kId], false);
    super[kRemoveListener](size, type, listener, capture);
  }

  // A message reaches Node-style listeners (`on('message')`) as its data, and DOM-style
  // ones as a MessageEvent, made only when one of those listens (Node's hybrid dispatch).
  [kCreateEvent](data, type) {
    return new MessageEvent(type, { data, ports: this[kIncomingPorts], [kTrustEvent]: true });
  }

  /// HTML §9.4.4 postMessage(message, transfer | options)
  postMessage(message, transfer) {
    if (!isPort(this)) throw new ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    let list = transfer;
    if (transfer != null && typeof transfer === 'object' && !Array.isArray(transfer) &&
        typeof transfer[Symbol.iterator] !== 'function') {
      list = transfer.transfer;
    }
    if (list != null && typeof list[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', list);
    }
    const transferList = list == null ? undefined : [...list];
    // HTML §2.7.5: a detached (closed or transferred) port cannot be transferred again.
    if (transferList !== undefined) {
      // (The list is this method's own copy: walking it by index observes nothing.)
      for (let i = 0; i < transferList.length; i++) {
        const item = transferList[i];
        if (item === this) throw new DOMException('Transfer list contains source port', 'DataCloneError');
        if (item instanceof MessagePort && item[kClosed]) {
          throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
        }
      }
    }
    if (this[kClosed]) return;
    binding.postMessage(this[kId], message, transferList);
  }

  start() {
    if (!isPort(this)) throw new ERR_INVALID_THIS('MessagePort');
    if (!this[kClosed]) binding.start(this[kId]);
  }

  close() {
    if (!isPort(this)) throw new ERR_INVALID_THIS('MessagePort');
    if (this[kClosed]) return;
    this[kClosed] = true;
    // The runtime emits 'close' (the onClosed hook) after the messages in flight.
    binding.close(this[kId]);
  }

  ref() {
    if (!this[kClosed]) binding.setRef(this[kId], true);
    return this;
  }

  unref() {
    if (!this[kClosed]) binding.setRef(this[kId], false);
    return this;
  }

  hasRef() {
    return !this[kClosed] && binding.hasRef(this[kId]);
  }

  get onmessage() { return this[kHandler]; }

  set onmessage(handler) {
    if (this[kHandler]) this.removeEventListener('message', this[kHandler]);
    this[kHandler] = typeof handler === 'function' ? handler : null;
    if (this[kHandler]) {
      this.addEventListener('message', this[kHandler]);
      this.start();
    }
  }

  // Node: lib/internal/event_target.js NodeEventTarget — EventEmitter-style methods whose
  // listeners get a message's data (and the Event itself for other types).
  on(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    if (type === 'message') this.start();
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    if (type === 'message') this.start();
    return this;
  }

  off(type, listener) {
    this.removeEventListener(type, listener);
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type) {
    const types = type === undefined ? [...this[kEvents].keys()] : [type];
    for (const t of types) {
      const root = this[kEvents].get(t);
      for (let handler = root?.next; handler !== undefined; handler = handler.next) {
        this.removeEventListener(t, handler.listener, { capture: handler.capture });
      }
    }
    return this;
  }

  emit(type, arg) {
    const event = type === 'message' ? new MessageEvent('message', { data: arg }) : new Event(type);
    return this.dispatchEvent(event);
  }

  listenerCount(type) {
    return this[kEvents].get(type)?.size ?? 0;
  }
}

Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, { value: 'MessagePort', configurable: true });
// HTML §9.4.4: `onmessageerror` and `onclose` are event handler attributes as well (only
// setting `onmessage` enables the port message queue). Node 20 has `onmessageerror` and not
// `onclose`, which the standard added in 2024; the standard decides.
defineEventHandler(MessagePort.prototype, 'messageerror');
defineEventHandler(MessagePort.prototype, 'close');
Object.defineProperty(MessageEvent, 'length', { value: 1, configurable: true });
// WebIDL: `transfer` is optional, so the length is 1 (written without a default value, which
// would make the parameters non-simple and the method's `arguments.length` an object).
Object.defineProperty(MessagePort.prototype.postMessage, 'length', { value: 1, configurable: true });
// WebIDL §3.7.3: the class string is the interface's name (Node 20 leaves MessageEvent's
// to Event's; WPT decides).
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

/// A port object for a runtime port id.
function createPort() {
  return new MessagePort(kCreate);
}

// The runtime calls these on the loop's thread.
binding.setPortHooks(
  // HTML §9.4.4: the event is trusted and its `ports` are the ports that came with the
  // message, a frozen array (Node 20 has isTrusted false and an unfrozen array; the
  // standard and WPT decide).
  function onMessage(port, data, ports) {
    // A port's incoming ports are kNoPorts outside a dispatch (the dispatch reports its
    // listeners' exceptions, so the reset below always runs): a message without ports,
    // the usual case, dispatches without setting them twice.
    if (ports === undefined) {
      port[kHybridDispatch](data, 'message', undefined);
      return;
    }
    port[kIncomingPorts] = ports;
    port[kHybridDispatch](data, 'message', undefined);
    port[kIncomingPorts] = kNoPorts;
  },
  function onClosed(port) {
    port[kClosed] = true;
    port.dispatchEvent(new Event('close'));
  },
);

/// HTML §9.4.3 MessageChannel
class MessageChannel {
  #port1;
  #port2;

  constructor() {
    this.#port1 = createPort();
    this.#port2 = createPort();
    const [id1, id2] = binding.createChannel(this.#port1, this.#port2);
    this.#port1[kId] = id1;
    this.#port2[kId] = id2;
  }

  get port1() { return this.#port1; }
  get port2() { return this.#port2; }
}

/// A port object for a port transferred to this agent (the runtime registers it).
function portWithId(id) {
  const port = createPort();
  port[kId] = id;
  return port;
}

// The objects markAsUntransferable marked (the runtime reads this set: worker/transfer.rs).
const untransferable = new WeakSet();

/// The event a Worker object (node:worker_threads) emits for an exception its web worker
/// reported and did not handle (HTML §8.1.4.7), with { message, filename, lineno, colno }.
const kReportedError = Symbol('kReportedError');
/// A Worker object's (node:worker_threads) port to its worker.
const kWorkerPort = Symbol('kWorkerPort');

module.exports = {
  MessageChannel, MessagePort, MessageEvent, createPort, portWithId, kId, kReportedError, kWorkerPort, untransferable,
};

/// HTML §9.5 BroadcastChannel: every open channel of the same name in the process (any
/// thread) gets what another one posts. Open and referenced, it keeps the loop alive (Node).
const kChannelId = Symbol('kChannelId');
const kChannelName = Symbol('kChannelName');

function onBroadcast(channel, data) {
  channel.dispatchEvent(new MessageEvent('message', { data, [kTrustEvent]: true }));
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kChannelName] = `${name}`;
    this[kChannelId] = binding.broadcastOpen(this, this[kChannelName], onBroadcast);
  }

  get name() {
    if (!(kChannelName in this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kChannelName];
  }

  /// HTML §9.5 postMessage: InvalidStateError once closed.
  postMessage(message) {
    if (!(kChannelName in this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kChannelId] === 0) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    binding.broadcastPost(this[kChannelId], message);
  }

  close() {
    if (this[kChannelId] === 0) return;
    binding.broadcastClose(this[kChannelId]);
    this[kChannelId] = 0;
  }

  ref() {
    if (this[kChannelId] !== 0) binding.broadcastRef(this[kChannelId], true);
    return this;
  }

  unref() {
    if (this[kChannelId] !== 0) binding.broadcastRef(this[kChannelId], false);
    return this;
  }
}

for (const type of ['message', 'messageerror']) {
  const key = Symbol(`on${type}`);
  Object.defineProperty(BroadcastChannel.prototype, `on${type}`, {
    get() { return this[key] ?? null; },
    set(handler) {
      if (this[key]) this.removeEventListener(type, this[key]);
      this[key] = typeof handler === 'function' ? handler : null;
      if (this[key]) this.addEventListener(type, this[key]);
    },
    configurable: true,
    enumerable: true,
  });
}

module.exports.BroadcastChannel = BroadcastChannel;
