// A port's close travels behind the messages already sent: when the other end closes while
// this port is not started and holds messages, `close` comes once the port is started and
// they are delivered; with no messages waiting it comes at once; a port never started with
// messages waiting never hears it. Node 20's output.
const { MessageChannel } = require('worker_threads');
const log = [];
{
  const { port1, port2 } = new MessageChannel();
  port2.once('close', () => log.push('A: close, after the messages'));
  port1.postMessage(1);
  port1.postMessage(2);
  port1.close();
  setTimeout(() => {
    log.push('A: started late');
    port2.on('message', (m) => log.push('A: got ' + m));
  }, 20);
}
{
  const { port1, port2 } = new MessageChannel();
  port2.once('close', () => log.push('B: close, nothing was waiting'));
  port1.close();
}
{
  const { port1, port2 } = new MessageChannel();
  port2.once('close', () => log.push('C: never (its messages were never taken)'));
  port1.postMessage('lost');
  port1.close();
  globalThis.keepC = port2;
}
setTimeout(() => console.log(log), 80);
