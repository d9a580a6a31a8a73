// JSON.stringify special values: undefined/functions/symbols, NaN/Infinity/-0, wrappers, toJSON, symbol keys, sparse arrays
const j = JSON.stringify;
console.log(j(undefined), j(function () {}), j(Symbol('s')), j(null), j(NaN), j(-Infinity), j(-0), j([-0]), j(1e21), j(5e-7));
console.log(j([undefined, function () {}, Symbol('x'), NaN]), j({ a: undefined, b: () => 1, c: Symbol(), d: NaN, [Symbol('k')]: 1 }));
console.log(j(new Number(3)), j(new String('s')), j(new Boolean(false)), j(Object(Symbol('w'))), j([, 1, ,]), j(new Array(2)));
console.log(j({ toJSON() { return 'custom'; } }), j({ x: { toJSON(key) { return 'key=' + key; } } }), j([{ toJSON(k) { return typeof k + k; } }]));
console.log(j({ toJSON: 5, a: 1 }), j({ toJSON() { return undefined; } }), j(Object.create({ inherited: 1 })), j(Object.defineProperty({}, 'h', { value: 1 })));
const n = new Number(5);
n.toJSON = () => 'nj';
console.log(j(n), j(Object.assign(new String('ab'), { extra: 1 })), j({ d: new Date(0) }), j(new Map([[1, 2]])), j(/re/g));
console.log(j('\u2028\u2029'), j('\0\x1f\x7f'), j('"\\/\b\f\n\r\t'), j({ '\n': 1 }), j('é😀'));
console.log(j(Object.create(null)), j({ 2: 'b', 1: 'a', z: 0, y: 1 }), j(['a', [['b']]]), j(true), j('x'));
