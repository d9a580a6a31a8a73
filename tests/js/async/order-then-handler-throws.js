// a handler that throws rejects the derived promise; later handlers on the same promise still run
const log = (s) => console.log(s);
const p = Promise.resolve('v');
p.then(() => { log('h1 throws'); throw new Error('h1'); }).catch((e) => log('h1 caught ' + e.message));
p.then(() => log('h2 runs'));
p.then(() => { log('h3 returns rejected'); return Promise.reject('h3'); }).catch((e) => log('h3 caught ' + e));
p.then(() => log('h4 runs'));
