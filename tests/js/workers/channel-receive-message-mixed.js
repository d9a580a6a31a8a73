// receiveMessageOnPort mixed with a 'message' listener: a synchronous take removes that message from normal delivery; queued messages survive close() and a port transfer
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
port2.on('message', (m) => {
  log.push(`listener ${m}`);
  if (m === 2) {
    port1.postMessage(3);
    port1.postMessage(4);
    port1.postMessage(5);
    port1.postMessage('last');
  }
  if (m === 3) log.push(`sync inside listener: ${JSON.stringify(receiveMessageOnPort(port2))}`);
  if (m === 'last') {
    port2.close();
    for (const l of log) console.log(l);
    part2();
  }
});
port1.postMessage(1);
port1.postMessage(2);
log.push(`sync before any delivery: ${JSON.stringify(receiveMessageOnPort(port2))}`);

function part2() {
  // a closed port still hands out what was queued before close()
  const a = new MessageChannel();
  a.port1.postMessage('queued before close');
  a.port2.close();
  console.log('closed port:', receiveMessageOnPort(a.port2), receiveMessageOnPort(a.port2));

  // a port received (synchronously) in a message keeps its queue, including messages sent after the transfer
  const carrier = new MessageChannel();
  const d = new MessageChannel();
  d.port1.postMessage('before transfer');
  carrier.port1.postMessage({ p: d.port2 }, [d.port2]);
  d.port1.postMessage('after transfer');
  const { p } = receiveMessageOnPort(carrier.port2).message;
  console.log('received port:', receiveMessageOnPort(p), receiveMessageOnPort(p), receiveMessageOnPort(p));
  d.port1.close();
  carrier.port1.close();
}
