// process.nextTick passes its extra arguments, keeps FIFO order, and rejects a non-function
const seen = [];
for (let i = 0; i < 5; i++) process.nextTick((n, tag) => seen.push(tag + n), i, 't');
process.nextTick(() => console.log(seen.join(' ')));
for (const bad of [undefined, null, 1, 'f', {}]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
