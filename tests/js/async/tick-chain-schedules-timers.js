// each step of a promise chain schedules a timer; the whole chain runs before any of them
const p = Promise.resolve(0);
p.then((v) => {
  console.log('step 1');
  setTimeout(() => console.log('timer from step 1'), 0);
  return v + 1;
}).then((v) => {
  console.log('step 2');
  setTimeout(() => console.log('timer from step 2'), 0);
  return v + 1;
}).then((v) => {
  console.log('step 3, value', v);
  setTimeout(() => console.log('timer from step 3'), 0);
});
setTimeout(() => console.log('top timer'), 0);
console.log('sync');
