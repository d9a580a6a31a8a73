// Date string forms: toString, toUTCString, toISOString, locale forms, far years, Invalid Date.
const times = [0, -1, 1e12, -1e14, 8.64e15, -8.64e15, Date.UTC(2020, 1, 29, 23, 59, 59, 999), Date.UTC(-1, 0, 1), Date.UTC(10000, 0, 1)];
for (const t of times) {
  const d = new Date(t);
  console.log([d.toString(), d.toUTCString(), d.toISOString(), d.toDateString(), d.toTimeString(), d.toLocaleString()].join(" | "));
}
const bad = new Date("nonsense");
console.log(String(bad), bad.toUTCString(), bad.toDateString(), bad.toLocaleDateString(), JSON.stringify(bad));
try { bad.toISOString(); } catch (e) { console.log(e.constructor.name); }
console.log(new Date(2020, 0, 5, 0, 3, 9).toLocaleTimeString(), new Date(2020, 0, 5, 12, 0).toLocaleTimeString());
console.log(typeof Date(), Date().length > 20);
