// Iterator return() is called on break, throw, destructuring with fewer targets, and not when exhausted
function makeIter(log, n = 5) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push('next'); i++; return i <= n ? { value: i, done: false } : { value: undefined, done: true }; },
        return(v) { log.push('return'); return { done: true }; },
      };
    },
  };
}
let log = [];
for (const v of makeIter(log)) { if (v === 2) break; }
console.log('break:', log.join(','));
log = [];
try { for (const v of makeIter(log)) { throw new Error('x'); } } catch (e) { console.log('throw:', log.join(',')); }
log = [];
const [a, b] = makeIter(log);
console.log('destructure 2:', a, b, log.join(','));
log = [];
const [c, d, ...rest] = makeIter(log, 3);
console.log('rest:', c, d, rest, log.join(','));
log = [];
const [] = makeIter(log);
console.log('empty pattern:', log.join(','));
log = [];
for (const v of makeIter(log, 2)) {}
console.log('exhausted:', log.join(','));
log = [];
outer: for (const x of [1, 2]) { for (const v of makeIter(log)) { continue outer; } }
console.log('continue outer:', log.join(','));
log = [];
(function () { for (const v of makeIter(log)) return v; })();
console.log('return from fn:', log.join(','));
const badReturn = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return: () => 5 }; } };
try { for (const v of badReturn) break; } catch (e) { console.log('non-object return result', e.name); }
try { for (const v of badReturn) throw new RangeError('body'); } catch (e) { console.log('body error wins', e.name); }
for (const v of { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }) }; } }) break;
console.log('no return method ok');
