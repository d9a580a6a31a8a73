// closing one port of a MessageChannel emits 'close' on both ports; messages posted after close are dropped
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
port1.on('close', () => log.push('port1 close'));
port2.on('close', () => log.push('port2 close'));
process.on('exit', () => console.log(log));
port2.on('message', (m) => log.push('port2 message ' + m));
port1.postMessage('before');
port1.close();
port1.postMessage('after close');
log.push('close() returned');
