// unref'd timers and intervals do not keep the loop alive but still fire while something else does; ref() restores it
const lonely = setTimeout(() => console.log('lonely unref timeout: never'), 100000);
lonely.unref();
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 1);
iv.unref();
console.log(lonely.hasRef(), iv.hasRef());
const back = setTimeout(() => console.log('re-ref\'d timeout fires'), 5);
back.unref();
back.ref();
setTimeout(() => {
  console.log('keeper fires; interval ran while the loop was alive:', ticks > 0);
}, 30);
process.on('exit', () => console.log('exit'));
