// for await (await using x of ...) disposes each value asynchronously at the end of its iteration
const log = [];
const ares = (name) => ({
  name,
  async [Symbol.asyncDispose]() {
    log.push('dispose start ' + name);
    await null;
    log.push('dispose end ' + name);
  },
});
async function* agen() {
  try {
    yield ares('g1');
    yield ares('g2');
    yield ares('g3');
  } finally {
    log.push('agen finally');
  }
}
(async () => {
  for await (await using x of [ares('a'), Promise.resolve(ares('b'))]) {
    log.push('body ' + x.name);
  }
  log.push('-- async generator, break');
  for await (await using x of agen()) {
    log.push('body ' + x.name);
    if (x.name === 'g2') break;
  }
  log.push('-- await using in plain for-of');
  for (await using x of [ares('s1'), ares('s2')]) {
    log.push('body ' + x.name);
  }
  log.push('-- for await with sync using');
  for await (using x of [{ name: 'sync', [Symbol.dispose]() { log.push('sync dispose'); } }]) {
    log.push('body ' + x.name);
  }
  log.push('-- throw in body');
  try {
    for await (await using x of agen()) {
      log.push('body ' + x.name);
      throw new Error('stop');
    }
  } catch (e) {
    log.push('caught ' + e.message);
  }
  console.log(log.join('\n'));
})();
