// performance.now() and timeOrigin: numbers, monotonic, timeOrigin + now() near Date.now(); toJSON and eventLoopUtilization shapes before the loop starts
const before = Date.now();
const t1 = performance.now();
let spin = 0;
for (let i = 0; i < 1e5; i++) spin += i;
const t2 = performance.now();
console.log(typeof t1, typeof t2, t1 >= 0, t1 <= t2, spin > 0);
console.log(typeof performance.timeOrigin, performance.timeOrigin === performance.timeOrigin);
console.log(performance.timeOrigin > 1.5e12, performance.timeOrigin <= before + 1);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
let ok = true;
let last = performance.now();
for (let i = 0; i < 1000; i++) {
  const n = performance.now();
  if (n < last) ok = false;
  last = n;
}
console.log('monotonic', ok);
const json = performance.toJSON();
console.log(Object.keys(json));
console.log(json.timeOrigin === performance.timeOrigin, json.nodeTiming === performance.nodeTiming);
console.log(json.eventLoopUtilization);
console.log(performance.eventLoopUtilization());
const elu = performance.eventLoopUtilization();
console.log(performance.eventLoopUtilization(elu));
console.log(performance.eventLoopUtilization(elu, elu));
const nt = performance.nodeTiming;
console.log(nt.name, nt.entryType, nt.startTime, typeof nt.duration, nt.loopStart, nt.loopExit);
console.log(Object.keys(nt.toJSON()));
console.log(nt instanceof PerformanceEntry, nt.constructor.name);
const s = JSON.parse(JSON.stringify(performance));
console.log(Object.keys(s), Object.keys(s.nodeTiming).length, typeof s.timeOrigin);
