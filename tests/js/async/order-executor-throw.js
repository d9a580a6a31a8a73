// a throwing executor produces a rejected promise; the constructor itself does not throw
const log = (s) => console.log(s);
let p;
try {
  p = new Promise(() => { log('executor'); throw new TypeError('bad'); });
  log('constructor returned');
} catch (e) {
  log('caught synchronously (wrong)');
}
p.then(() => log('fulfilled'), (e) => log('rejected ' + e.name + ' ' + e.message));
Promise.resolve().then(() => log('m1'));
try { new Promise(42); } catch (e) { log('non-callable executor: ' + e.name); }
try { Promise(() => {}); } catch (e) { log('call without new: ' + e.name); }
log('sync end');
