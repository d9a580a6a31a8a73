// for (using x of iterable): each value is disposed at the end of its iteration, and on continue and break
const log = [];
const res = (name) => ({ name, [Symbol.dispose]() { log.push('dispose ' + name); } });
for (using x of [res('a'), res('b'), res('c')]) {
  log.push('body ' + x.name);
}
log.push('-- continue/break');
for (using x of [res('p'), res('q'), res('r'), res('s')]) {
  if (x.name === 'q') { log.push('continue at q'); continue; }
  if (x.name === 'r') { log.push('break at r'); break; }
  log.push('body ' + x.name);
}
log.push('-- null values are allowed');
for (using x of [null, res('after null'), undefined]) {
  log.push('body ' + (x === null ? 'null' : x === undefined ? 'undefined' : x.name));
}
log.push('-- binding is per iteration');
const fns = [];
for (using x of [res('one'), res('two')]) {
  fns.push(() => x.name);
}
log.push(fns.map((f) => f()).join(','));
log.push('-- the binding is in TDZ while the iterable is evaluated');
try {
  const x = [res('outer x')];
  for (using x of x) log.push('unreachable');
} catch (e) {
  log.push('TDZ: ' + e.name);
}
console.log(log.join('\n'));
