// setTimeout/setInterval with a handler that is not a function: HTML §8.6 (and WPT
// html/webappapis/timers) convert it to a string now and compile that as a script when the
// timer fires; only a Symbol (which cannot become a string) throws at once. Node 20 throws
// ERR_INVALID_ARG_TYPE for all of them; the standard decides, so this output is the standard's.
globalThis.ran = [];
process.on('uncaughtException', (e) => console.log('uncaught at fire time:', e.name));
const handlers = [undefined, null, 42, "ran.push('string')", {}, [], true, { toString: () => "ran.push('object')" }];
for (const h of handlers) {
  try {
    const t = setTimeout(h, 1);
    console.log('setTimeout accepted', typeof h, typeof t);
  } catch (e) {
    console.log('setTimeout', typeof h, e.name);
  }
}
try { setInterval(Symbol('s'), 1); } catch (e) { console.log('setInterval symbol', e.name); }
try { setTimeout(Symbol('s'), 1); } catch (e) { console.log('setTimeout symbol', e.name); }
const i = setInterval("ran.push('interval')", 1);
setTimeout(() => { clearInterval(i); console.log(ran.slice(0, 3).join(' ')); }, 30);
