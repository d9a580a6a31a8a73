// CommonJS: a .js entry with no package.json "type" is CommonJS; require, module and exports work and import() loads ESM
const helper = require('./helper');
console.log('helper says', helper.say());
console.log('typeof module/exports/require:', typeof module, typeof exports, typeof require);
console.log('__filename ends with main.js:', __filename.endsWith('/main.js'));
import('./esm-side.mjs').then((ns) => {
  console.log('esm side:', ns.default, ns.fromCjs);
});
