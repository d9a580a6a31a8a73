// ESM importing CJS: module.exports = class / function with static props; default is the class, statics are not named exports
import Widget from './widget.cjs';
import * as ns from './widget.cjs';
const w = new Widget('gear');
console.log(w.describe(), Widget.count, Widget.create('bolt').describe());
console.log('ns keys:', Object.keys(ns).join(','));
console.log(w instanceof ns.default, typeof ns.create);
