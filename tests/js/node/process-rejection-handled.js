// a rejection reported as unhandled and handled later (in a timer) emits 'rejectionHandled' with the same promise, after the catch handler's job
process.on('unhandledRejection', (reason, promise) => console.log('unhandledRejection', reason.message, promise === p));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === p));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  console.log('timer attaches a handler');
  p.catch((e) => console.log('catch handler ran', e.message));
  process.nextTick(() => console.log('tick after attaching'));
}, 5);
process.on('exit', (code) => console.log('exit', code));
