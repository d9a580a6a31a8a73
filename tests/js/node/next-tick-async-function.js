// await continuations are promise jobs: ticks queued before them run first
async function f(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after await');
  process.nextTick(() => console.log(name, 'tick after await'));
  await null;
  console.log(name, 'after second await');
}
f('a');
process.nextTick(() => console.log('tick from main'));
f('b');
console.log('main done');
