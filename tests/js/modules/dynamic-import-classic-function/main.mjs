// dynamic import(): import() inside functions, arrow functions, class methods and eval code resolves relative to the defining module
import { loadFrom } from './sub/loader.mjs';
function classic() {
  return import('./here.mjs');
}
const here = await classic();
console.log('classic function:', here.where);
const fromSub = await loadFrom();
console.log('function defined in sub/:', fromSub.where);
class K {
  static async load() { return (await import('./here.mjs')).where; }
}
console.log('static method:', await K.load());
const viaEval = await eval("import('./here.mjs')");
console.log('direct eval:', viaEval.where, viaEval === here);
const viaFunction = await new Function("return import('./sub/there.mjs')")().catch((e) => e);
console.log('Function constructor:', viaFunction.where ?? viaFunction.code);
const viaIndirectEval = await (0, eval)("import('./sub/there.mjs')").catch((e) => e);
console.log('indirect eval:', viaIndirectEval.where ?? viaIndirectEval.code);
