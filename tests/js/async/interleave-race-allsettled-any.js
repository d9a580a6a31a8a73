// Promise.race, allSettled and any over async calls that fulfil or reject at different ticks
const log = (s) => console.log(s);
async function ok(name, n) { for (let i = 0; i < n; i++) await null; log(name + " ok"); return name; }
async function bad(name, n) { for (let i = 0; i < n; i++) await null; log(name + " bad"); throw new Error(name); }
Promise.race([ok("r1", 2), bad("r2", 1)]).then((v) => log("race ok " + v), (e) => log("race err " + e.message));
Promise.allSettled([ok("s1", 1), bad("s2", 2)]).then((rs) => log("settled " + rs.map((r) => r.status).join(",")));
Promise.any([bad("a1", 1), ok("a2", 3), ok("a3", 2)]).then((v) => log("any " + v));
Promise.any([bad("b1", 1), bad("b2", 2)]).catch((e) => log("any agg " + e.constructor.name + " " + e.errors.map((x) => x.message).join(",")));
log("sync");
