// CommonJS: lazy require inside functions, require.main, module.require, module.children/parent-free checks, require of the entry itself
let lazy;
function getLazy() {
  if (!lazy) lazy = require('./lazy.js');
  return lazy;
}
console.log('before first call, lazy evaluated?', globalThis.lazyEvaluated === true);
console.log(getLazy().value, getLazy() === require('./lazy.js'));
console.log('require.main is this module:', require.main === module);
console.log('module.require works:', module.require('./lazy.js') === lazy);
const kids = module.children.map((m) => m.id.replace(__dirname, '<dir>'));
console.log('children:', kids.join(','));
const selfAgain = require('./main.cjs');
console.log('require of the running entry returns its current exports:', selfAgain === module.exports, Object.keys(selfAgain).length);
exports.done = true;
console.log('require.main from a child:', require('./who-is-main.js'));
