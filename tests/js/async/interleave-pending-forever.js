// an async function waiting on a cancelled timer never resumes and does not keep the program alive
const log = (s) => console.log(s);
let id;
async function stuck() { log("stuck start"); await new Promise((r) => { id = setTimeout(r, 50); }); log("never printed"); }
async function fine() { await new Promise((r) => setTimeout(r, 15)); log("fine resumed, cancelling"); clearTimeout(id); await null; log("fine done"); }
stuck().finally(() => log("never settles"));
fine();
log("sync");
