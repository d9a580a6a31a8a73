// labelled statements with break and continue across nested loops
const out = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    out.push(i + '' + j);
  }
}
console.log(out.join(' '));

// break out of a labelled block
const steps = [];
block: {
  steps.push('start');
  if (steps.length) break block;
  steps.push('never');
}
steps.push('after');
console.log(steps.join(','));

// continue in while and do-while with labels
let n = 0;
const seen = [];
loop: while (n < 5) {
  n++;
  do {
    if (n % 2 === 0) continue loop;
    seen.push(n);
  } while (false);
}
console.log(seen.join(','));

// labels on for-of and for-in
const found = [];
rows: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const cell of row) {
    if (cell === 4) break rows;
    found.push(cell);
  }
}
console.log(found.join(','));

const keys = [];
props: for (const k in { a: 1, b: 2, c: 3 }) {
  for (const ch of 'xy') {
    if (k === 'b') continue props;
    keys.push(k + ch);
  }
}
console.log(keys.join(','));

// break inside switch inside loop vs labelled break
const sw = [];
loop2: for (let i = 0; i < 4; i++) {
  switch (i) {
    case 1: sw.push('one'); break;
    case 2: sw.push('two'); break loop2;
    default: sw.push('d' + i);
  }
}
console.log(sw.join(','));

// multiple labels on one statement
a: b: for (let i = 0; i < 3; i++) {
  if (i === 1) continue a;
  if (i === 2) break b;
  console.log('multi label', i);
}

// undefined label is a SyntaxError
try { eval('while (true) { break nowhere; }'); } catch (e) { console.log(e.name); }

// finally runs when breaking out through it
const fin = [];
outerFin: for (let i = 0; i < 2; i++) {
  try {
    break outerFin;
  } finally {
    fin.push('finally ' + i);
  }
}
console.log(fin.join(','));
