// cyclic and shared references keep their shape through postMessage in both directions
const { Worker, isMainThread, parentPort } = require('worker_threads');

function make() {
  const a = { name: 'a' };
  const b = { name: 'b', a };
  a.self = a;
  a.b = b;
  const arr = [a, b];
  arr.push(arr);
  const m = new Map();
  m.set('me', m);
  m.set('a', a);
  const s = new Set();
  s.add(s);
  const shared = { x: 1 };
  return { a, arr, m, s, pair: [shared, shared] };
}

function check(v) {
  return {
    selfLoop: v.a.self === v.a,
    backRef: v.a.b.a === v.a,
    arrSelf: v.arr[2] === v.arr,
    arrShared: v.arr[0] === v.a && v.arr[1] === v.a.b,
    mapSelf: v.m.get('me') === v.m,
    mapA: v.m.get('a') === v.a,
    setSelf: [...v.s][0] === v.s,
    pairShared: v.pair[0] === v.pair[1],
  };
}

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => {
    console.log('in worker:', m.check);
    console.log('in main:', check(m.value));
    console.log(m.value.a);
  });
  w.on('exit', (code) => console.log('exit', code));
  w.postMessage(make());
} else {
  parentPort.on('message', (v) => {
    parentPort.postMessage({ check: check(v), value: make() });
    parentPort.close();
  });
}
