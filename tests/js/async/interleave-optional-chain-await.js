// await combined with optional chaining, typeof, comma and in operators
const log = (s) => console.log(s);
const w = (x) => { log("w " + JSON.stringify(x)); return Promise.resolve(x); };
async function f() {
  log("a " + (await w(null))?.deep);
  log("b " + (await w({ deep: 1 }))?.deep);
  const o = null;
  log("c " + o?.[await w("never")]);
  log("d " + typeof (await w(5)));
  log("e " + ((await w(1)), (await w(2))));
  log("f " + ((await w("k")) in { k: 1 }));
}
f().then(() => log("done"));
Promise.resolve().then(() => log("m1")).then(() => log("m2"));
log("sync");
