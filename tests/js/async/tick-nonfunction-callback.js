// setTimeout/setInterval with a non-function callback throw TypeError synchronously
const bad = [undefined, null, 42, 'console.log(1)', {}, [], true, Symbol('s')];
for (const cb of bad) {
  try {
    setTimeout(cb, 1);
    console.log('setTimeout no throw for', typeof cb);
  } catch (e) {
    console.log('setTimeout', typeof cb, e.name, e instanceof TypeError);
  }
  try {
    setInterval(cb, 1);
    console.log('setInterval no throw for', typeof cb);
  } catch (e) {
    console.log('setInterval', typeof cb, e.name);
  }
}
try { setTimeout(); } catch (e) { console.log('no arguments', e.name); }
setTimeout(() => console.log('a real timer still runs'), 1);
