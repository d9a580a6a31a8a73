// tee() of a readable byte stream: each branch gets its own copy of every chunk; BYOB reads on a branch
async function main() {
  const rs = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([1, 2, 3]));
      controller.enqueue(new Uint8Array([4, 5]));
      controller.close();
    },
  });
  const [a, b] = rs.tee();
  const ra = a.getReader();
  const rb = b.getReader({ mode: 'byob' });
  const x = await ra.read();
  console.log('branch a', x.value);
  const y = await rb.read(new Uint8Array(8));
  console.log('branch b (byob)', y.value);
  console.log('distinct buffers:', x.value.buffer !== y.value.buffer);
  x.value[0] = 99;
  console.log('b unaffected by writes to a:', y.value[0]);
  console.log('a next', await ra.read());
  console.log('b next', await rb.read(new Uint8Array(1)));
  console.log('b next', await rb.read(new Uint8Array(1)));
  console.log('a end', await ra.read());
  const end = await rb.read(new Uint8Array(4));
  console.log('b end', end.done, end.value);
  console.log([a, b].map((s) => String(s.locked)));
}
main();
