// eventemitter3 through require(): "exports" require condition picks index.js, import() picks index.mjs; both give the same class
const EventEmitter = require('eventemitter3');
const { EventEmitter: Destructured } = require('eventemitter3');

const resolved = require.resolve('eventemitter3');
console.log('require resolves to:', resolved.slice(resolved.lastIndexOf('node_modules')));
console.log('module.exports is the class:', typeof EventEmitter, EventEmitter.name, Destructured === EventEmitter);
console.log('own keys of module.exports:', Object.keys(EventEmitter).sort());
console.log('package.json is exported:', require('eventemitter3/package.json').name);
try {
  require('eventemitter3/index.mjs');
} catch (err) {
  console.log('unexported subpath:', err.code);
}

const bus = new EventEmitter();
const log = [];
function onMessage(text) { log.push('on:' + text); }
bus.on('message', onMessage);
bus.once('message', text => log.push('once:' + text));
bus.addListener('message', text => log.push('add:' + text));
console.log('listenerCount:', bus.listenerCount('message'));
bus.emit('message', 'first');
bus.emit('message', 'second');
bus.removeListener('message', onMessage);
bus.emit('message', 'third');
console.log(log);
console.log('listenerCount after removeListener:', bus.listenerCount('message'));

// once + off by the original function
const handler = () => console.log('never runs');
bus.once('gone', handler);
bus.off('gone', handler);
console.log('once then off:', bus.emit('gone'), bus.listenerCount('gone'));

// The ESM entry, loaded with import() from CommonJS, wraps the same CJS module.
import('eventemitter3').then(ns => {
  console.log('import() namespace keys:', Object.keys(ns).sort());
  console.log('ns.default === require():', ns.default === EventEmitter, ns.EventEmitter === EventEmitter);
  const viaImport = new ns.default();
  console.log('cross instanceof:', viaImport instanceof EventEmitter);
  viaImport.on('done', value => console.log('done event from import() emitter:', value));
  setTimeout(() => viaImport.emit('done', 42), 10);
});
