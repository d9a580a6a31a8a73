// String concatenations and template literals whose parts suspend (yield, await) or run in
// with/eval/class bodies: the parts wait in the frame's registers across a suspension.
function* g() { const r = 'a' + (yield 1) + 'b' + (yield 2) + 'c'; return `${r}|${yield 3}|${r}`; }
const it = g(); console.log(it.next().value, it.next('X').value, it.next('Y').value, it.next('Z'));
async function f(p) { return 'v=' + await p + ';w=' + await Promise.resolve(2) + `;t=${await p}`; }
f(Promise.resolve(1)).then(console.log);
with ({ q: 'Q' }) { console.log('w' + q + 'x' + q); }
console.log(eval("'e' + 1 + 'f' + 2"));
label: { const z = 'z' + (() => { return 'inner' + 1 + 2; })() + 3; console.log(z); }
console.log(('a' + 'b' + 'c').length, 'x' + (1, 2) + 'y', 'p' + [] + {} + 'q');
class C { #p = 1; m() { return 'c' + this.#p + 'd' + this.#p; } } console.log(new C().m());
