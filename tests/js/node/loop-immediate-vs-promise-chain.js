// a long promise chain and a long nextTick recursion both finish before the next immediate
let p = Promise.resolve(0);
for (let i = 0; i < 500; i++) p = p.then((n) => n + 1);
p.then((n) => console.log('promise chain done', n));
let ticks = 0;
(function again() { if (++ticks < 500) process.nextTick(again); else console.log('tick recursion done', ticks); })();
setImmediate(() => {
  console.log('immediate 1');
  let q = Promise.resolve();
  for (let i = 0; i < 100; i++) q = q.then(() => {});
  q.then(() => console.log('chain inside immediate 1 done'));
});
setImmediate(() => console.log('immediate 2'));
