// internal/fetch/pair_iterator: WebIDL §3.7.10 default iterator objects of a pair iterator
// (`Headers Iterator`, `FormData Iterator`): each step reads the pairs as they are then,
// so changes during iteration are seen, as the standard's "value pairs to iterate over".
'use strict';

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

/// An iterator factory for the interface `name`: `create(target, kind)` with kind 'key',
/// 'value' or 'key+value', over the [name, value] pairs `pairsOf(target)` gives (which
/// also checks the target's brand).
function definePairIterator(name, pairsOf) {
  const prototype = Object.create(IteratorPrototype);
  const states = new WeakMap();
  Object.defineProperties(prototype, {
    next: {
      value: function next() {
        const state = states.get(this);
        if (state === undefined) {
          throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
        }
        const pairs = pairsOf(state.target);
        if (state.index >= pairs.length) return { value: undefined, done: true };
        const [key, value] = pairs[state.index++];
        const result = state.kind === 'key' ? key : state.kind === 'value' ? value : [key, value];
        return { value: result, done: false };
      },
      writable: true,
      enumerable: true,
      configurable: true,
    },
    [Symbol.toStringTag]: { value: `${name} Iterator`, configurable: true },
  });
  return function create(target, kind) {
    pairsOf(target);
    const iterator = Object.create(prototype);
    states.set(iterator, { target, kind, index: 0 });
    return iterator;
  };
}

module.exports = { definePairIterator };
