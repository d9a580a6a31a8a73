// performance.measure overloads: (name), (name, start), (name, start, end), options {start,end,duration,detail}, numbers and milestones as marks
performance.mark('A', { startTime: 10 });
performance.mark('B', { startTime: 25 });
performance.mark('C', { startTime: 4.5 });
function show(m) {
  console.log(`${m.name} ${m.entryType} start=${m.startTime} duration=${m.duration} detail=${JSON.stringify(m.detail)}`);
}
show(performance.measure('ab', 'A', 'B'));
show(performance.measure('ba', 'B', 'A'));
show(performance.measure('to-b', undefined, 'B'));
show(performance.measure('to-b-null', null, 'B'));
show(performance.measure('to-b-num', 99, 'B'));
show(performance.measure('opts', { start: 'A', end: 'B', detail: { why: 'test' } }));
show(performance.measure('opts-num', { start: 1.5, end: 4 }));
show(performance.measure('start-dur', { start: 'C', duration: 3 }));
show(performance.measure('start-dur-mark', { start: 'C', duration: 'A' }));
show(performance.measure('end-dur', { end: 'B', duration: 5 }));
show(performance.measure('end-dur-num', { end: 10, duration: 3 }));
show(performance.measure('start-end-num', { start: 'A', end: 30 }));
show(performance.measure('detail-only', { detail: [1, 2] }, 'A'));
show(performance.measure('dur-only', { duration: 3 }, 'B'));
const open = performance.measure('open', 'A');
console.log(open.startTime, typeof open.duration, open.startTime + open.duration <= performance.now(), open.detail);
const whole = performance.measure('whole');
console.log(whole.startTime, whole.duration > 0);
const milestone = performance.measure('milestone', 'nodeStart', 'A');
console.log(milestone.startTime >= 0, milestone.startTime + milestone.duration);
performance.clearMeasures('milestone');
const m = performance.measure('shown', { start: 2, end: 8, detail: { k: 'v' } });
console.log(m);
console.log(JSON.stringify(m));
console.log(m instanceof PerformanceMeasure, m instanceof PerformanceEntry, Object.prototype.toString.call(m));
const detail = { obj: { x: 1 } };
const md = performance.measure('cloned', { start: 1, end: 2, detail });
console.log(md.detail !== detail, md.detail);
// A later mark with the same name replaces the time used by measure.
performance.mark('A', { startTime: 20 });
show(performance.measure('ab-again', 'A', 'B'));
console.log(performance.getEntriesByType('measure').map((e) => e.name).join(','));
