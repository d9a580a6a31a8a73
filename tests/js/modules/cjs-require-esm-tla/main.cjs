// CJS requiring ESM: require() of an ES module that uses top-level await (directly or in a dependency) throws ERR_REQUIRE_ASYNC_MODULE
for (const file of ['./tla.mjs', './imports-tla.mjs']) {
  try {
    require(file);
    console.log('loaded', file);
  } catch (e) {
    console.log(file, e.name, e.code);
  }
}
const sync = require('./sync.mjs');
console.log('sync module still works:', sync.ok);
import('./tla.mjs').then((ns) => console.log('import() of the TLA module works:', ns.value));
