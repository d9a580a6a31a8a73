// module with top-level await using declarations, imported by main.mjs
export const log = [];
const ares = (name) => ({
  async [Symbol.asyncDispose]() {
    log.push('dispose start ' + name);
    await null;
    log.push('dispose end ' + name);
  },
});
Promise.resolve().then(() => log.push('tick 1')).then(() => log.push('tick 2')).then(() => log.push('tick 3'))
  .then(() => log.push('tick 4')).then(() => log.push('tick 5')).then(() => log.push('tick 6'));
await using a = ares('a');
using s = { [Symbol.dispose]() { log.push('sync dispose s'); } };
await using b = ares('b');
log.push('dep body end');
