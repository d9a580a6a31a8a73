// return(promise) at a yield: the value is awaited before the generator resumes; a rejected
// promise turns into a throw at the yield point, which try/catch inside the generator can catch.
const sleep = (ms, v) => new Promise(r => setTimeout(r, ms, v));
async function* g(name) {
  try {
    yield name + '1';
    yield name + '2';
  } catch (e) {
    console.log(name, 'caught', e.message);
    yield name + '-recovered';
  } finally {
    console.log(name, 'finally');
  }
}
async function main() {
  const a = g('a');
  console.log(await a.next());
  const pr = a.return(sleep(5, 'late value'));
  console.log('return called');
  console.log('a return', await pr);
  const b = g('b');
  console.log(await b.next());
  console.log('b return(rejected)', await b.return(Promise.reject(new Error('no'))));
  console.log('b next', await b.next());
  console.log('b next', await b.next());
  const c = g('c');
  console.log(await c.next());
  console.log(await c.next());
  console.log('c throw', await c.throw(new Error('into catch')));
  try { await c.return(Promise.reject(new Error('past catch'))); } catch (e) { console.log('c return rejected:', e.message); }
  console.log('c next', await c.next());
}
main();
