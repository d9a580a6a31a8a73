function r(n) { return n ? r(n - 1) + 1 : 0; } r(1000); JSON.stringify({ a: [1, { b: 2 }] }, null, 2);
