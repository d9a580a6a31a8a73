// GC rooting regression (run under --gc-stress by cli.rs): array from iterator close error
const f = () => {};
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { f(); return {}; } }; } };
try { Array.from(it, () => { throw { m: 'mapper failed' }; }); } catch (e) { console.log('caught: ' + e.m); }
try { for (const x of it) throw { m: 'body failed' }; } catch (e) { console.log('caught: ' + e.m); }
