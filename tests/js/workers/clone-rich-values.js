// Map, Set, Date, RegExp, typed arrays, boxed primitives and nested objects survive postMessage both ways
const { Worker, isMainThread, parentPort } = require('worker_threads');

function sample() {
  return {
    map: new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 'obj' }, [3]]]),
    set: new Set([1, 'a', null, undefined, 2n]),
    date: new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123)),
    re: /ab+c/gi,
    u8: new Uint8Array([1, 2, 255]),
    f64: new Float64Array([1.5, -0, NaN, Infinity]),
    big: new BigInt64Array([-1n, 2n ** 62n]),
    nested: { a: [1, [2, [3, { deep: true }]]], s: 'ünïcødé ✓' },
    boxed: [new Number(3), new String('str'), new Boolean(false)],
    special: [NaN, -0, Infinity, -Infinity, 10n ** 20n, undefined, null],
  };
}

function describe(v) {
  return [
    v.map instanceof Map, [...v.map.keys()].length, v.map.get(1), v.map.get('two').n,
    v.set instanceof Set, [...v.set].map(String).join(','),
    v.date instanceof Date, v.date.toISOString(),
    v.re instanceof RegExp, v.re.source, v.re.flags, v.re.lastIndex,
    v.u8 instanceof Uint8Array, Array.from(v.u8).join(','),
    v.f64 instanceof Float64Array, Array.from(v.f64).map((x) => Object.is(x, -0) ? '-0' : String(x)).join(','),
    v.big instanceof BigInt64Array, Array.from(v.big).join(','),
    JSON.stringify(v.nested),
    v.boxed.map((b) => typeof b + ':' + Object.prototype.toString.call(b) + ':' + b.valueOf()).join(' '),
    v.special.map((x) => Object.is(x, -0) ? '-0' : typeof x + ':' + String(x)).join(' '),
  ];
}

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => {
    console.log('worker saw:');
    for (const line of m.described) console.log(' ', line);
    console.log('main sees worker value:');
    for (const line of describe(m.value)) console.log(' ', line);
    console.log(m.value);
  });
  w.on('exit', (code) => console.log('exit', code));
  w.postMessage(sample());
} else {
  parentPort.on('message', (v) => {
    parentPort.postMessage({ described: describe(v), value: sample() });
    parentPort.close();
  });
}
