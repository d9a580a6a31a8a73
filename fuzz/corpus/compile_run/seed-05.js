let { a: [b = 1, ...c] = [], ...d } = { a: [undefined, 2, 3], e: 4 }; [d.q, ...b.r] = "xyz";
