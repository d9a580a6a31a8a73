// a native promise whose constructor property is changed is awaited like a thenable (extra ticks)
const log = (s) => console.log(s);
const normal = Promise.resolve("normal");
const odd = Promise.resolve("odd");
odd.constructor = Object;
(async () => log("got " + (await odd)))();
(async () => log("got " + (await normal)))();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4"));
log("same? " + (Promise.resolve(odd) === odd) + " " + (Promise.resolve(normal) === normal));
