// BroadcastChannel: same-thread channels of one name receive each other's messages (not their own); a worker's channel too
const { Worker, BroadcastChannel } = require('worker_threads');
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const other = new BroadcastChannel('other');
other.onmessage = () => console.log('other channel got a message (never)');
a.onmessage = (e) => console.log('a got', e.data, e instanceof MessageEvent);
b.onmessage = (e) => {
  console.log('b got', e.data);
  if (e.data === 'from worker') { a.close(); b.close(); other.close(); }
};
a.postMessage('from a');
const w = new Worker(`
  const { BroadcastChannel } = require('worker_threads');
  const bc = new BroadcastChannel('news');
  bc.postMessage('from worker');
  bc.close();
`, { eval: true });
try { const c = new BroadcastChannel('x'); c.close(); c.postMessage(1); } catch (e) { console.log(e.name); }
console.log(a.name, String(a));
