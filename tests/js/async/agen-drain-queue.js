// When the body completes with several requests queued, the queue drains in order: next -> done,
// throw -> rejected, return(v) -> awaits v before answering and before the requests behind it.
let tick = 0; (function t() { if (tick < 10) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
async function* g() {
  console.log('body');
  await null;
  return 'body result';
}
const it = g();
const tag = (name) => [r => console.log(name, 'fulfilled', r), e => console.log(name, 'rejected', e)];
it.next().then(...tag('next1'));
it.next().then(...tag('next2'));
it.throw('thrown').then(...tag('throw1'));
it.return(Promise.resolve('ret1')).then(...tag('return1'));
it.next().then(...tag('next3'));
it.throw('thrown2').then(...tag('throw2'));
it.return(Promise.reject('rejected ret')).then(...tag('return2'));
it.return({ then(res) { res('thenable ret'); } }).then(...tag('return3'));
it.next().then(...tag('next4'));
console.log('sync end');
