const o = { __proto__: null, ["__proto__"]: 1, get [Symbol.iterator]() { return function* () {}; } };
