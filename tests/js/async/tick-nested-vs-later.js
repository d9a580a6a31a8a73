// a chain of nested zero-delay timers finishes before a 200 ms timer
let depth = 0;
function step() {
  depth++;
  console.log('nested step', depth);
  if (depth < 4) setTimeout(step, 0);
}
setTimeout(() => console.log('two hundred, depth was', depth), 200);
setTimeout(step, 0);
console.log('sync');
