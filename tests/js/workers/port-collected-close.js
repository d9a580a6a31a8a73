// HTML §9.4.6 and the close event (WPT webmessaging/message-channels/close-event/
// garbage-collected.tentative): a port that was never started and that script code can no
// longer reach is collected, and its partner hears `close`; Spindle collects when its loop
// goes idle after such a port was made. A started port stays alive while unreachable: its
// listener still runs. Node 20 and 24 hold every port strongly, so there the partner never
// hears and only the timer's close ends the first port: the expected output is the
// standard's, not Node's.
const log = (...a) => console.log(...a);

function channelKeepingPort1() {
  const { port1, port2 } = new MessageChannel();
  port1.start();
  return [port1, new WeakRef(port2)];
}
const [port1, weakPort2] = channelKeepingPort1();
port1.onclose = () => {
  log('port1: close, port2 collected:', weakPort2.deref() === undefined);
};

function startedAndDropped() {
  const { port1: sender, port2: receiver } = new MessageChannel();
  receiver.onmessage = (e) => {
    log('unreachable but started: still receives', e.data);
    receiver.close();
  };
  return sender;
}
const sender = startedAndDropped();
setTimeout(() => sender.postMessage('hello'), 10);

setTimeout(() => {
  log('timer');
  port1.close();
}, 50);
