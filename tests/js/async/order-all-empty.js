// combinators with empty iterables: all/allSettled fulfil, any rejects, race stays pending
const log = (s) => console.log(s);
Promise.all([]).then((v) => log('all [] -> ' + JSON.stringify(v)));
Promise.allSettled([]).then((v) => log('allSettled [] -> ' + JSON.stringify(v)));
Promise.any([]).catch((e) => log('any [] -> ' + e.name + ' errors=' + JSON.stringify(e.errors)));
let raced = false;
Promise.race([]).then(() => { raced = true; }, () => { raced = true; });
Promise.all('').then((v) => log('all "" -> ' + v.length));
Promise.resolve().then(() => log('t1')).then(() => log('t2'));
setTimeout(() => log('race [] settled: ' + raced), 0);
log('sync end');
