// temporal dead zone for let, const and class bindings
try { x; let x = 1; } catch (e) { console.log('let', e.name, e instanceof ReferenceError); }
try { y = 2; let y; } catch (e) { console.log('assign', e.name); }
try { c; const c = 1; } catch (e) { console.log('const', e.name); }
try { new K(); class K {} } catch (e) { console.log('class', e.name); }
try { typeof z; let z; } catch (e) { console.log('typeof in TDZ', e.name); }

function f() { return later; }
try { f(); } catch (e) { console.log('call before init', e.name); }
let later = 'ok';
console.log('after init', f());

try {
  let q = q + 1;
} catch (e) {
  console.log('self reference', e.name);
}

try {
  (function (a = b, b = 1) {})();
} catch (e) {
  console.log('param TDZ', e.name);
}

let outer = 'outer';
{
  try { console.log(outer); } catch (e) { console.log('shadow TDZ', e.name); }
  let outer = 'inner';
  console.log(outer);
}

switch (1) {
  case 0:
    let s = 'zero';
  case 1:
    try { console.log(s); } catch (e) { console.log('switch TDZ', e.name); }
}
