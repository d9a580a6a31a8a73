// with no 'rejectionHandled' listener, handling a reported rejection later emits a PromiseRejectionHandledWarning (seen here through a 'warning' listener)
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, '|', w.message));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
const p = Promise.reject('first');
const q = Promise.reject('second');
setTimeout(() => {
  q.catch(() => console.log('q handled'));
  p.catch(() => console.log('p handled'));
}, 5);
