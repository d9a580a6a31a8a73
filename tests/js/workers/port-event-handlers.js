// HTML §9.4.4: a MessagePort's `onmessageerror` and `onclose` are event handler attributes
// (only setting `onmessage` starts the port). Node 20 has `onmessageerror` but not
// `onclose`, which the standard added in 2024: where they differ this output is the
// standard's (Node 20 prints `false` for `'onclose' in …` and never calls the handler).
const { port1, port2 } = new MessageChannel();
console.log(port1.onclose, port1.onmessageerror, 'onclose' in MessagePort.prototype);
port1.addEventListener('close', () => console.log('listener before'));
port1.onclose = (e) => console.log('onclose', e.type, e.target === port1);
port1.addEventListener('close', () => console.log('listener after'));
port1.onmessageerror = () => console.log('messageerror');
console.log(typeof port1.onclose, typeof port1.onmessageerror);
port1.onmessage = (e) => console.log('message', e.data);
port2.postMessage('last');
port2.close();
