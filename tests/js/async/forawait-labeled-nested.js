// labeled continue outer / break outer from nested for await loops: which iterators are closed, in which order, and at which tick.
let tick = 0;
(function t() { if (tick < 30) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, n) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { console.log(name, 'open at tick', tick); return this; },
    next() { i++; return Promise.resolve(i <= n ? { value: name + i, done: false } : { done: true }); },
    return() { console.log(name, 'return() at tick', tick); return Promise.resolve({ done: true }); },
  };
}

async function main() {
  outer: for await (const a of source('A', 3)) {
    for await (const b of source('B(' + a + ')', 3)) {
      if (b.endsWith('2')) {
        console.log('continue outer from', a, b);
        continue outer; // closes the inner iterator only
      }
      console.log('inner body', a, b);
    }
    console.log('never reached');
  }
  console.log('after continue-outer loops at tick', tick);

  outer2: for await (const a of source('C', 3)) {
    for await (const b of source('D', 3)) {
      if (a === 'C2') {
        console.log('break outer2 at', a, b);
        break outer2; // inner closed first, then outer
      }
      continue; // plain continue: no close
    }
  }
  console.log('after break-outer loops at tick', tick);

  // labeled block containing a for await
  blk: {
    for await (const v of source('E', 2)) {
      if (v === 'E1') break blk;
    }
    console.log('never reached either');
  }
  console.log('done at tick', tick);
}

main();
console.log('sync end');
