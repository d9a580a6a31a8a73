// handlers on a promise locked in to a pending promise run after the target's own handlers
const log = (s) => console.log(s);
let resolveTarget;
const target = new Promise((r) => { resolveTarget = r; });
const follower = new Promise((r) => r(target));
follower.then((v) => log('follower h1 ' + v));
target.then((v) => log('target h1 ' + v));
follower.then((v) => log('follower h2 ' + v));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => {
  log('m3 resolving target');
  resolveTarget('T');
  target.then(() => log('target h2'));
}).then(() => log('m4')).then(() => log('m5'));
