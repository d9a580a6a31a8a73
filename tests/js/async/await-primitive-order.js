// `await v` for a v that is not an object resumes one job later, exactly as when the
// promise PromiseResolve makes is awaited (ECMA-262 §27.7.5.3): interleaved with reactions
// of already-settled promises, with thenables (two jobs later: the then call is a job of
// its own), with other async functions and in async generators and for await.
const log = [];
const resolved = Promise.resolve('p');

async function plain(name, values) {
  for (const v of values) log.push(`${name} got ${String(await v)}`);
}

async function* gen() {
  yield await 1;
  yield await undefined;
  yield await resolved;
}

async function main() {
  const a = plain('a', [1, 'two', null, undefined, 3n, Symbol.iterator]);
  const b = plain('b', [resolved, 2, { then(r) { log.push('b thenable called'); r('t'); } }, false]);
  resolved.then(() => log.push('then 1')).then(() => log.push('then 2')).then(() => log.push('then 3'));
  queueMicrotask(() => log.push('microtask'));
  await Promise.all([a, b]);
  for await (const v of gen()) log.push(`gen ${String(v)}`);
  try {
    await Promise.reject(new Error('rejected'));
  } catch (e) {
    log.push(`caught ${e.message}`);
  }
  log.push(`after ${String(await NaN)}`);
}

main().then(() => console.log(log.join('\n')));
