// A port with a 'close' listener stays alive while its partner is open, started or not and
// whether or not script code still holds it: when the partner closes later, the listener
// runs. (In Spindle a port not started is otherwise collected once unreachable.) Node 20's
// output.
const { MessageChannel } = require('worker_threads');

function channelKeepingOnlyPort2() {
  const { port1, port2 } = new MessageChannel();
  port1.on('close', () => console.log('port1 close'));
  return port2;
}
const port2 = channelKeepingOnlyPort2();
port2.on('close', () => console.log('port2 close'));
setTimeout(() => {
  console.log('closing port2');
  port2.close();
}, 20);
setTimeout(() => console.log('end'), 80);
