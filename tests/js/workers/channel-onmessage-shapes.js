// on('message') receives the data, onmessage and addEventListener('message') receive a MessageEvent with .data
const { MessageChannel, MessagePort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log('ports are MessagePort:', port1 instanceof MessagePort, port2 instanceof MessagePort);
console.log('EventTarget:', port1 instanceof EventTarget);
const seen = [];
port2.on('message', (v) => seen.push(['on', typeof v, JSON.stringify(v)]));
port2.addEventListener('message', (e) => seen.push(['addEventListener', e.constructor.name, e.type, JSON.stringify(e.data), e.target === port2]));
port2.onmessage = (e) => seen.push(['onmessage', e.constructor.name, JSON.stringify(e.data), typeof e.ports]);
console.log('onmessage is a function:', typeof port2.onmessage);
port1.postMessage({ hello: 'world' });
port1.postMessage('second');
// every listener sees each message; print once the second message has reached all three
let count = 0;
port2.on('message', () => {
  if (++count === 2) {
    for (const s of seen) console.log(s);
    port1.close();
  }
});
