// well-known symbols: iterator, toPrimitive, hasInstance, toStringTag, isConcatSpreadable, unscopables
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.iterator.description);
console.log(Symbol.toPrimitive.toString(), Symbol.hasInstance.toString(), Symbol.toStringTag.toString());
console.log(Symbol.isConcatSpreadable.toString(), Symbol.unscopables.toString(), Symbol.species.toString());
console.log(Symbol.iterator === Symbol.iterator, Symbol.keyFor(Symbol.iterator));

// well-known symbol properties are non-writable, non-configurable
const d = Object.getOwnPropertyDescriptor(Symbol, 'iterator');
console.log(d.writable, d.enumerable, d.configurable);

// built-in iterables
console.log(typeof Array.prototype[Symbol.iterator], typeof String.prototype[Symbol.iterator], Array.prototype[Symbol.iterator] === Array.prototype.values);
const it = [1, 2][Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
const sit = 'a😀'[Symbol.iterator]();
console.log(sit.next().value, sit.next().value.length, sit.next().done);

// Symbol.toPrimitive on a class
class Money {
  constructor(v) { this.v = v; }
  [Symbol.toPrimitive](hint) { return hint === 'string' ? '$' + this.v : this.v; }
}
const m = new Money(5);
console.log(m + 1, `${m}`, m * 2, String(m));

// Symbol.toStringTag on a class
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));

// Symbol.species getter on Array
console.log(Array[Symbol.species] === Array);
