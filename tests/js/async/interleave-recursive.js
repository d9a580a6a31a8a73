// a recursive async function interleaves its levels with a sibling recursion
const log = (s) => console.log(s);
async function down(tag, n) {
  if (n === 0) { log(tag + " bottom"); return 0; }
  log(tag + " enter " + n);
  const r = await down(tag, n - 1);
  log(tag + " exit " + n);
  return r + n;
}
down("A", 3).then((v) => log("A sum " + v));
down("B", 2).then((v) => log("B sum " + v));
log("sync");
