// for await over strings, Maps, Sets and sync generators: values are awaited one per step; sync generator finally blocks on break.
let tick = 0;
(function t() { if (tick < 40) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function* syncGen() {
  try {
    console.log('syncGen start at tick', tick);
    yield 'g1';
    yield Promise.resolve('g2');
    yield 'g3';
  } finally {
    console.log('syncGen finally at tick', tick);
  }
}

async function main() {
  const chars = [];
  for await (const c of 'a\u{1F600}b') chars.push(c);
  console.log('string chars', chars.length, chars[0], chars[2], 'at tick', tick);

  const m = new Map([['k1', 1], ['k2', Promise.resolve(2)]]);
  for await (const entry of m) console.log('map entry', Array.isArray(entry), entry[0], typeof entry[1]);
  for await (const v of m.values()) console.log('map value', v);
  for await (const k of m.keys()) console.log('map key', k);

  const s = new Set([Promise.resolve('s1'), 's2']);
  for await (const v of s) {
    console.log('set value', v);
    if (v === 's2' && s.size < 3) s.add('added-during');
  }

  for await (const v of syncGen()) console.log('gen value', v, 'at tick', tick);
  for await (const v of syncGen()) {
    console.log('gen value before break', v);
    break;
  }
  console.log('after break at tick', tick);

  for await (const [i, c] of ['x', 'y'].entries()) console.log('entries', i, c);
  for await (const v of new Set()) console.log('never');
  console.log('empty set done');
}

main().then(() => console.log('main done'));
console.log('sync end');
