// internal/worker/io (Node: lib/internal/worker/io.js; HTML §9.4 Channel messaging):
// MessagePort, MessageChannel and MessageEvent over the runtime's ports
// (crates/spindle-runtime/src/worker/port.rs). A MessagePort is an EventTarget with Node's
// EventEmitter-style methods as well: `port.on('message', (value) => …)` gets the data,
// `addEventListener('message', (event) => …)` and `onmessage` get a MessageEvent. Adding a
// 'message' listener (or setting onmessage) starts the port, as in Node.
'use strict';

const binding = require('internal/worker/binding');
const { EventTarget, Event, kTrustEvent } = require('internal/event_target');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR } } =
  require('internal/errors');

const kId = Symbol('kId');
const kCreate = Symbol('kCreate');
const kNodeListeners = Symbol('kNodeListeners');
const kHandler = Symbol('kHandler');
const kClosed = Symbol('kClosed');
const kMessageListeners = Symbol('kMessageListeners');

/// HTML §9.4.5 MessageEvent (the parts a runtime has: data, ports; origin '' and
/// lastEventId '' and source null).
class MessageEvent extends Event {
  #data;
  #ports;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, init);
    this.#data = init != null && 'data' in init ? init.data : null;
    this.#ports = init != null && init.ports !== undefined ? Object.freeze([...init.ports]) : Object.freeze([]);
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
    this[kNodeListeners] = new Map();
    this[kHandler] = null;
    this[kClosed] = false;
    this[kMessageListeners] = 0;
  }

  // Node: a port keeps its thread's loop alive while it has 'message' listeners (the first
  // one refs and starts it, removing the last unrefs it).
  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    // HTML §9.4.4: addEventListener does not start the port (Node 20 does; the standard and
    // WPT decide), onmessage and on('message') do.
    if (type === 'message' && listener != null && ++this[kMessageListeners] === 1 && !this[kClosed]) {
      binding.setRef(this[kId], true);
    }
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (type === 'message' && listener != null && this[kMessageListeners] > 0 &&
        --this[kMessageListeners] === 0 && !this[kClosed]) {
      binding.setRef(this[kId], false);
    }
  }

  /// HTML §9.4.4 postMessage(message, transfer | options)
  postMessage(message, transfer = undefined) {
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
      for (const item of transferList) {
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

  // Node's NodeEventTarget methods: listeners get the event's data for 'message'.
  on(type, listener) {
    const wrapped = (event) => listener.call(this, type === 'message' || type === 'messageerror' ? event.data : event);
    let list = this[kNodeListeners].get(listener);
    if (!list) this[kNodeListeners].set(listener, list = []);
    list.push({ type, wrapped });
    this.addEventListener(type, wrapped);
    if (type === 'message') this.start();
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  once(type, listener) {
    const once = (...args) => {
      this.off(type, once);
      listener.apply(this, args);
    };
    return this.on(type, once);
  }

  off(type, listener) {
    const list = this[kNodeListeners].get(listener);
    if (!list) return this;
    const i = list.findIndex((e) => e.type === type);
    if (i !== -1) {
      this.removeEventListener(type, list[i].wrapped);
      list.splice(i, 1);
      if (list.length === 0) this[kNodeListeners].delete(listener);
    }
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type) {
    for (const [listener, list] of this[kNodeListeners]) {
      for (const e of [...list]) if (type === undefined || e.type === type) this.off(e.type, listener);
    }
    return this;
  }

  emit(type, arg) {
    const event = type === 'message' ? new MessageEvent('message', { data: arg }) : new Event(type);
    return this.dispatchEvent(event);
  }

  listenerCount(type) {
    let n = 0;
    for (const list of this[kNodeListeners].values()) for (const e of list) if (e.type === type) n++;
    return n;
  }
}

Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, { value: 'MessagePort', configurable: true });

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
    port.dispatchEvent(new MessageEvent('message', { data, ports, [kTrustEvent]: true }));
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

module.exports = { MessageChannel, MessagePort, MessageEvent, createPort, portWithId, kId, untransferable };

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
