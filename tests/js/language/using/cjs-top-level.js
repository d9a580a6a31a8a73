// a using at the top level of a CommonJS file (a function body) is disposed when the file's code finishes, before microtasks
const log = [];
Promise.resolve().then(() => {
  log.push('microtask');
  console.log(log.join('\n'));
});
using a = { [Symbol.dispose]() { log.push('dispose a'); } };
using b = { [Symbol.dispose]() { log.push('dispose b'); } };
log.push('top-level body end');
