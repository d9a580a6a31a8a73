// Two async functions and a promise chain interleave one await per tick.
async function a() { console.log("a0"); await null; console.log("a1"); await null; console.log("a2"); }
async function b() { console.log("b0"); await null; console.log("b1"); await null; console.log("b2"); }
a();
Promise.resolve().then(() => console.log("p1")).then(() => console.log("p2")).then(() => console.log("p3"));
b();
setTimeout(() => console.log("timeout"), 0);
console.log("sync end");
