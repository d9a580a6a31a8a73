// export declaration forms: destructuring exports, var/let/const/class/function/generator/async exports, same binding imported twice
import { a, b, rest, first, second, Klass, gen, asyncFn, v, a as aliasA, a as aliasA2 } from './decls.mjs';
import * as ns from './decls.mjs';
console.log(a, b, JSON.stringify(rest), first, second);
console.log(new Klass().name, [...gen()].join(''), v, aliasA === aliasA2);
console.log(await asyncFn());
console.log(Object.keys(ns).join(','));
console.log('generator kind:', Object.prototype.toString.call(gen()), ns.asyncFn.constructor.name);
