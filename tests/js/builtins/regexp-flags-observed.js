// RegExp.prototype[Symbol.replace] / [Symbol.split] / [Symbol.match] read `flags` (and
// through it the flag getters); changes made after earlier calls are seen by later ones.
// Expected output: the spec's (ECMA-262 §22.2.6.11 step 7, `flags` decides `global`), which
// test262 checks. Node 20 and 24 differ on two lines: V8 reads the `global` getter instead of
// `flags`, so it replaces every match where `flags` (own, or a replaced getter) says ''.
const log = [];
const s = 'a-b-c';
console.log(s.replace(/-/g, '+'), s.split(/-/).join('|'), s.match(/-/g).length);

const desc = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global');
Object.defineProperty(RegExp.prototype, 'global', {
  get() { log.push('global read'); return desc.get.call(this); },
  configurable: true,
});
console.log(s.replace(/-/g, '+'), log.join(','));
Object.defineProperty(RegExp.prototype, 'global', desc);
log.length = 0;
console.log(s.replace(/-/g, '+'), log.length);

// An instance with its own `flags`.
const own = /-/g;
Object.defineProperty(own, 'flags', { value: '' });
console.log(s.replace(own, '+'));
console.log(s.replace(/-/g, '+'));

// An own flag property on the instance (read by the `flags` getter; the match itself
// still uses the flags the RegExp was made with).
const ownFlag = /-/g;
Object.defineProperty(ownFlag, 'global', { value: false });
console.log(s.replace(ownFlag, '+'));

// `flags` getter replaced on the prototype, then restored.
const flagsDesc = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags');
Object.defineProperty(RegExp.prototype, 'flags', { get() { log.push('flags'); return ''; }, configurable: true });
console.log(s.replace(/-/g, '+'), log.join(','));
Object.defineProperty(RegExp.prototype, 'flags', flagsDesc);
console.log(s.replace(/-/g, '+'));

// A sticky getter deleted: the flags then lack 'y'.
const stickyDesc = Object.getOwnPropertyDescriptor(RegExp.prototype, 'sticky');
delete RegExp.prototype.sticky;
console.log(/-/y.flags, s.replace(/-/y, '+'));
Object.defineProperty(RegExp.prototype, 'sticky', stickyDesc);
console.log(/-/y.flags, s.replace(/b/y, '+'));

// A RegExp whose prototype is changed.
const other = /-/g;
Object.setPrototypeOf(other, Object.create(RegExp.prototype, { global: { get() { return false; } } }));
console.log(s.replace(other, '+'));
console.log('a1b2'.split(/\d/).join(), 'x'.replace(/x/gi, 'y'), 'AbA'.replace(/a/gi, '_'));
