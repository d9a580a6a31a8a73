// handlers attached to an already-settled promise are queued at attach time, not settle time
const log = (s) => console.log(s);
let res;
const pending = new Promise((r) => { res = r; });
const settled = Promise.resolve('s');
pending.then(() => log('pending h1'));
Promise.resolve().then(() => {
  log('m1 attach to settled, then resolve pending');
  res('p');
  settled.then(() => log('settled h (attached after resolve)'));
  pending.then(() => log('pending h2 (attached after resolve)'));
});
pending.then(() => log('pending h3'));
settled.then(() => log('settled h0'));
