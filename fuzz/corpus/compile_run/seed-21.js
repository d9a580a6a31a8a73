function* g(a){ try { const x = yield a; yield* [x, a]; return yield* g2(); } finally { yield 'f'; } } function* g2(){ yield 1; }
const it = g(1); it.next(); it.next(2); it.throw(3); for (const v of g(4)) { if (v) break; } [...g(5)]; it.return(6);
