// internal/process/emitter: makes `process` an EventEmitter (Node: lib/internal/bootstrap/node.js
// sets process's prototype chain to EventEmitter.prototype and calls EventEmitter on it).
// The runtime calls this once, the first time anything needs events: a script loading
// `events`, or calling one of the emitter methods `process` carries until then (the
// runtime's stand-ins on its prototype, which this removes), so a script that never
// touches events does not pay for loading them at start-up.
'use strict';

const EventEmitter = require('events');

module.exports = function makeProcessEmitter(process, binding) {
  const proto = Object.getPrototypeOf(process);
  for (const key of Reflect.ownKeys(proto)) {
    if (key !== 'constructor') delete proto[key];
  }
  Object.setPrototypeOf(proto, EventEmitter.prototype);
  EventEmitter.call(process);

  // Node: lib/internal/process/signal.js — a listener for a signal's name starts
  // listening for it; removing the last stops.
  const isSignal = (type) => typeof type === 'string' && binding.signals.includes(type);
  process.on('newListener', function startListeningIfSignal(type) {
    if (isSignal(type) && process.listenerCount(type) === 0) binding.startSignal(type);
  });
  process.on('removeListener', function stopListeningIfSignal(type) {
    if (isSignal(type) && process.listenerCount(type) === 0) binding.stopSignal(type);
  });
  // Node: lib/internal/process/warning.js onWarning, installed unless --no-warnings.
  if (!binding.noWarnings) {
    process.on('warning', require('internal/process/warning').onWarning);
  }
};
