// `export * from` a CommonJS module re-exports its detected named exports (not default); `export { default }` forwards module.exports
import * as ns from './facade.mjs';
import facadeDefault from './facade.mjs';
console.log(Object.keys(ns).join(','));
console.log(ns.alpha, ns.beta, ns.gamma());
console.log('default is module.exports:', JSON.stringify(Object.keys(facadeDefault)));
