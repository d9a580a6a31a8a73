// await in switch discriminant and case expressions; case tests stop at the first match
const log = (s) => console.log(s);
const w = (x) => { log("eval " + x); return Promise.resolve(x); };
async function pick(x) {
  switch (await w(x)) {
    case await w(1): log("one"); break;
    case await w(2): log("two");
    case 3: log("three (fallthrough)"); await null; log("after await in case"); break;
    default: log("default");
  }
  return "picked " + x;
}
pick(2).then(log);
pick(9).then(log);
log("sync");
