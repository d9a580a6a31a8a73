// console.dir with depth: Infinity on deeply nested values (each level's text is built once, not recopied by every parent)
let a = [];
for (let i = 0; i < 10; i++) a = [a];
console.dir(a, { depth: Infinity });
a = [];
for (let i = 0; i < 100; i++) a = [a];
console.dir(a, { depth: null });

// Objects, Maps, Sets and arrays with several short entries (grouped into columns) alternate.
let o = { end: true };
for (let i = 0; i < 40; i++) {
  if (i % 4 === 0) o = { level: i, next: o };
  else if (i % 4 === 1) o = new Map([['k' + i, o]]);
  else if (i % 4 === 2) o = new Set([i, o]);
  else o = [1, 2, 3, 4, 5, 6, 7, 'x'.repeat(i % 7), o];
}
console.dir(o, { depth: Infinity });

// Long single-line candidates: the widths of nested text decide the line breaks.
let w = 'leaf';
for (let i = 0; i < 30; i++) w = i % 2 ? [w, 'é漢'.repeat(i % 5)] : { k: w, n: i };
console.dir(w, { depth: Infinity, breakLength: 120 });
