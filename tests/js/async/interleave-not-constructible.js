// async functions and methods are not constructors and have no prototype property
const log = (s) => console.log(s);
async function f() { await null; log("f ran"); }
const arrow = async () => {};
const o = { async m() {} };
log("prototype " + ("prototype" in f) + " " + ("prototype" in arrow) + " " + ("prototype" in o.m));
try { new f(); log("constructed?"); } catch (e) { log("new f: " + e.name); }
try { new o.m(); } catch (e) { log("new o.m: " + e.name); }
log("proto " + (Object.getPrototypeOf(f) === Object.getPrototypeOf(arrow)) + " " + (f() instanceof Promise));
log("tag " + Object.prototype.toString.call(f) + " " + f.constructor.name);
