// SharedArrayBuffer receivers and species checks (TypeErrors by name and message)
const t = (f) => { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.message); } };
t(() => SharedArrayBuffer(1));
t(() => new SharedArrayBuffer(-1));
t(() => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(4)));
t(() => ArrayBuffer.prototype.slice.call(new SharedArrayBuffer(4)));
t(() => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(new SharedArrayBuffer(1)));
t(() => { class X extends SharedArrayBuffer { static get [Symbol.species]() { return function () { return new SharedArrayBuffer(1); }; } } new X(8).slice(); });
t(() => { let s; class X extends SharedArrayBuffer { static get [Symbol.species]() { return function () { return s; }; } } s = new X(8); s.slice(); });
t(() => { class X extends SharedArrayBuffer { static get [Symbol.species]() { return ArrayBuffer; } } new X(8).slice(); });
