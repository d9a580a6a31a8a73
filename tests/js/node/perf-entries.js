// performance timeline: getEntries/getEntriesByName/getEntriesByType sorted by startTime, clearMarks/clearMeasures with and without a name
performance.mark('m1', { startTime: 30 });
performance.mark('m2', { startTime: 10 });
performance.mark('m1', { startTime: 20 });
performance.measure('x', { start: 5, end: 6 });
performance.measure('m1', { start: 15, end: 40 });
performance.measure('y', { start: 50, end: 60 });
const list = (entries) => entries.map((e) => `${e.name}:${e.entryType}@${e.startTime}`).join(' ');
console.log(list(performance.getEntries()));
console.log(list(performance.getEntriesByType('mark')));
console.log(list(performance.getEntriesByType('measure')));
console.log(list(performance.getEntriesByType('resource')), performance.getEntriesByType('function').length);
console.log(list(performance.getEntriesByName('m1')));
console.log(list(performance.getEntriesByName('m1', 'mark')));
console.log(list(performance.getEntriesByName('m1', 'measure')));
console.log(performance.getEntriesByName('m1', 'other').length, performance.getEntriesByName('none').length);
const a = performance.getEntries();
const b = performance.getEntries();
console.log(a !== b, a[0] === b[0]);
try { performance.getEntriesByName(); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.getEntriesByType(); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.getEntries.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.clearMarks('nodeStart'); } catch (e) { console.log(e.name, e.code, e.message); }
performance.clearMarks('m1');
console.log(list(performance.getEntries()));
performance.clearMeasures('m1');
console.log(list(performance.getEntries()));
performance.clearMarks();
console.log(list(performance.getEntries()));
performance.clearMeasures();
console.log(performance.getEntries().length);
performance.mark(5, { startTime: 1 });
console.log(performance.getEntriesByName(5).length, performance.getEntriesByName('5').length);
performance.clearMarks(5);
console.log(performance.getEntries().length);
performance.clearResourceTimings();
console.log(performance.setResourceTimingBufferSize(10));
try { performance.setResourceTimingBufferSize(); } catch (e) { console.log(e.name, e.code, e.message); }
