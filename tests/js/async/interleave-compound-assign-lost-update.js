// x += await y reads x before suspending, so concurrent async updates overwrite each other
const log = (s) => console.log(s);
let total = 0;
async function add(n) { total += await n; log("add " + n + " -> " + total); }
async function addSafe(n) { const v = await n; total += v; log("addSafe " + n + " -> " + total); }
Promise.all([add(1), add(2), add(3)]).then(() => {
  log("after add: " + total);
  total = 0;
  return Promise.all([addSafe(1), addSafe(2), addSafe(3)]);
}).then(() => log("after addSafe: " + total));
log("sync");
