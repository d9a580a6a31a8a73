// Temporal.PlainDate add/subtract across month ends, year ends and leap years
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const show = (label, d) => console.log(label, d.toString());
const jan31 = Temporal.PlainDate.from('2024-01-31');
show('jan31 +1M', jan31.add({ months: 1 }));
show('jan31 +2M', jan31.add({ months: 2 }));
show('jan31 +1M+1M', jan31.add({ months: 1 }).add({ months: 1 }));
show('jan31 +1M1D', jan31.add({ months: 1, days: 1 }));
show('jan31 +P1M', jan31.add('P1M'));
show('mar31 -1M', Temporal.PlainDate.from('2024-03-31').subtract({ months: 1 }));
show('mar31 -1M 2023', Temporal.PlainDate.from('2023-03-31').subtract({ months: 1 }));
const leap = Temporal.PlainDate.from('2024-02-29');
show('feb29 +1Y', leap.add({ years: 1 }));
show('feb29 -1Y', leap.subtract({ years: 1 }));
show('feb29 +4Y', leap.add({ years: 4 }));
show('feb29 +1Y reject?', (() => { try { return leap.add({ years: 1 }, { overflow: 'reject' }); } catch (e) { return e.name; } })());
show('feb28 +1D', Temporal.PlainDate.from('2023-02-28').add({ days: 1 }));
show('feb28 +1D leap', Temporal.PlainDate.from('2024-02-28').add({ days: 1 }));
show('dec31 +1D', Temporal.PlainDate.from('2024-12-31').add({ days: 1 }));
show('jan1 -1D', Temporal.PlainDate.from('2024-01-01').subtract({ days: 1 }));
show('+P1W', Temporal.PlainDate.from('2024-12-28').add({ weeks: 1 }));
show('+366D', Temporal.PlainDate.from('2024-01-01').add({ days: 366 }));
show('+PT48H', Temporal.PlainDate.from('2024-01-01').add({ hours: 48 }));
show('+PT47H59M', Temporal.PlainDate.from('2024-01-01').add({ hours: 47, minutes: 59 }));
show('-P1Y2M3D', Temporal.PlainDate.from('2024-05-31').add({ years: -1, months: -2, days: -3 }));
show('sub P1Y2M3D', Temporal.PlainDate.from('2024-05-31').subtract('P1Y2M3D'));
show('1900-02-28 +1D', Temporal.PlainDate.from('1900-02-28').add({ days: 1 }));
show('2000-02-28 +1D', Temporal.PlainDate.from('2000-02-28').add({ days: 1 }));
// a month-end schedule: the 31st of each month, constrained
const base = Temporal.PlainDate.from('2024-01-31');
console.log(Array.from({ length: 12 }, (_, i) => base.add({ months: i }).day).join(' '));
try { Temporal.PlainDate.from('+275760-09-13').add({ days: 1 }); } catch (e) { console.log(e.name); }
