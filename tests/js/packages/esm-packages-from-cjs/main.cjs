// ESM-only packages loaded from CommonJS with dynamic import(); resolution errors for missing packages and unexported subpaths
const { createRequire } = require('node:module');

async function main() {
  const [{ default: pLimit }, { default: Queue }, pMapNs] = await Promise.all([
    import('p-limit'),
    import('yocto-queue'),
    import('p-map'),
  ]);
  console.log('p-map exports:', Object.keys(pMapNs).sort());

  const limit = pLimit(1);
  const queue = new Queue();
  const order = [];
  await Promise.all([30, 10, 20].map(ms => limit(() => new Promise(resolve => setTimeout(() => {
    order.push(ms);
    queue.enqueue(ms * 2);
    resolve();
  }, ms)))));
  console.log('limit(1) keeps call order:', order, 'queue:', [...queue]);

  const mapped = await pMapNs.default(queue.drain(), async n => n + 1, { concurrency: 2 });
  console.log('p-map over a yocto-queue drain:', mapped);

  // The same ESM module instance is returned for repeated imports.
  console.log('cached:', (await import('p-limit')).default === pLimit);

  // it-pushable's dependency p-defer is hoisted next to it; import() finds it from here too.
  const { default: pDefer } = await import('p-defer');
  const deferred = pDefer();
  setTimeout(() => deferred.resolve('deferred value'), 15);
  console.log(await deferred.promise);

  try {
    await import('no-such-package-xyz');
  } catch (err) {
    console.log('import() of a missing package:', err.code);
  }
  try {
    require('no-such-package-xyz');
  } catch (err) {
    console.log('require() of a missing package:', err.code);
  }
  try {
    await import('p-limit/index.js');
  } catch (err) {
    console.log('import() of an unexported subpath:', err.code);
  }
  try {
    await import('p-queue/package.json');
  } catch (err) {
    console.log('import() of p-queue/package.json:', err.code);
  }
  const req = createRequire(__filename);
  console.log('createRequire(__filename) finds CJS packages:', typeof req('ms'), req('co') === require('co'));
}

main().then(() => console.log('main resolved'));
console.log('sync part of main.cjs done');
