// clearImmediate cancels, even from an earlier immediate of the same turn; an unref'd immediate still runs in a turn others keep alive; bad callbacks throw
const a = setImmediate(() => console.log('a never runs'));
clearImmediate(a);
let b;
setImmediate(function () {
  console.log('first', this === first, typeof this.hasRef);
  clearImmediate(b);
});
const first = setImmediate(() => {});
clearImmediate(first);
b = setImmediate(() => console.log('b never runs'));
const c = setImmediate(() => console.log('c runs: unref but the turn is alive'));
console.log(c.hasRef(), c.unref() === c, c.hasRef());
setImmediate(() => console.log('last immediate with ref'));
try { setImmediate('no'); } catch (e) { console.log(e.name, e.code); }
clearImmediate(undefined);
clearImmediate({});
