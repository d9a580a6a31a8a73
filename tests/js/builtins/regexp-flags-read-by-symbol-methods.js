// RegExp.prototype[Symbol.match/replace/split/matchAll] read the regexp's flags through
// its getters; with the built-in getters unchanged the answer comes from the regexp's own
// flags, and a getter a script replaces is called and believed.
const s = 'aXbXc';
console.log(s.replace(/x/gi, '-'), s.split(/x/i).join('|'), s.match(/x/gi).join(), [...s.matchAll(/x/gi)].length);
console.log(new RegExp('x', 'ig').flags, 'a\nb'.split(/$/m).length, /a/dgimsy.flags, s.replace(/x/iy, '-'));

// A flag getter replaced on the prototype: it is read, and its answer decides.
const desc = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global');
const reads = [];
Object.defineProperty(RegExp.prototype, 'global', {
  get() { reads.push('global'); return false; }, configurable: true,
});
console.log(s.replace(/x/gi, '-'), s.match(/x/gi).length, reads.length > 0);
Object.defineProperty(RegExp.prototype, 'global', desc);
console.log(s.replace(/x/gi, '-'), s.match(/x/gi).length);

// An own `global` on the instance shadows the prototype's getter.
const own = /x/gi;
Object.defineProperty(own, 'global', { value: false });
console.log(s.replace(own, '-'));

// A subclass: another prototype in between, with its own flag getter.
class R extends RegExp {
  get sticky() { return true; }
}
console.log('XaX'.replace(new R('x', 'gi'), '-'), new R('x', 'g').flags);
