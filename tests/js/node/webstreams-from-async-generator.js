// ReadableStream.from: async generators (finally runs when the stream is cancelled or iteration breaks), arrays, sync iterables of promises, and errors for non-iterables
async function main() {
  async function* numbers() {
    try {
      for (let i = 1; ; i++) {
        console.log('generator yields', i);
        yield i;
      }
    } finally {
      console.log('generator finally ran');
    }
  }
  const rs = ReadableStream.from(numbers());
  console.log(rs instanceof ReadableStream, rs.constructor === ReadableStream);
  for await (const n of rs) {
    console.log('got', n);
    if (n === 2) break;
  }
  console.log('after break');

  const rs2 = ReadableStream.from(numbers());
  const reader = rs2.getReader();
  console.log(await reader.read());
  await reader.cancel('enough');
  console.log('after cancel', await reader.read());

  const fromArray = ReadableStream.from(['a', Promise.resolve('b'), 'c']);
  const chunks = [];
  for await (const c of fromArray) chunks.push(c);
  console.log('from array', chunks);

  function* sync() {
    yield 1;
    yield 2;
  }
  const values = [];
  for await (const v of ReadableStream.from(sync())) values.push(v);
  console.log('from sync generator', values);

  async function* failing() {
    yield 'ok';
    throw new Error('generator failed');
  }
  try {
    for await (const v of ReadableStream.from(failing())) console.log('failing gave', v);
  } catch (err) {
    console.log('error from generator:', err.message);
  }

  for (const bad of [42, {}, { [Symbol.iterator]: () => 42 }]) {
    try {
      ReadableStream.from(bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
}
main();
