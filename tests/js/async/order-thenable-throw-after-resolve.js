// a thenable throwing after calling resolve is ignored; throwing before resolve rejects
const log = (s) => console.log(s);
const after = { then(res) { res('ok'); log('after: throwing'); throw new Error('late'); } };
Promise.resolve(after).then((v) => log('after -> ' + v), (e) => log('after rejected ' + e.message));
const before = { then(res) { log('before: throwing'); throw new Error('early'); } };
Promise.resolve(before).then((v) => log('before -> ' + v), (e) => log('before rejected ' + e.message));
const rejThenThrow = { then(res, rej) { rej('r1'); throw new Error('ignored'); } };
Promise.resolve(rejThenThrow).catch((e) => log('rejThenThrow rejected ' + e));
log('sync end');
