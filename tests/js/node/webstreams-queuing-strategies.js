// ByteLengthQueuingStrategy and CountQueuingStrategy: highWaterMark, shared size functions, their use by streams, argument errors
async function main() {
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  const cq = new CountQueuingStrategy({ highWaterMark: 3 });
  console.log(bl.highWaterMark, cq.highWaterMark);
  console.log(bl.size(new Uint8Array(10)), bl.size({ byteLength: 7 }), cq.size('anything'));
  console.log(bl.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size, bl.size.name, bl.size.length);
  console.log(cq.size === new CountQueuingStrategy({ highWaterMark: 1 }).size, cq.size.name, cq.size.length);
  console.log(new CountQueuingStrategy({ highWaterMark: '5' }).highWaterMark, new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark);
  console.log(Object.keys(ByteLengthQueuingStrategy.prototype), Object.keys(CountQueuingStrategy.prototype));

  let controller;
  new ReadableStream({ start(c) { controller = c; } }, bl);
  controller.enqueue(new Uint8Array(10));
  console.log('byte length desiredSize', controller.desiredSize);
  controller.enqueue(new Uint8Array(10));
  console.log('byte length desiredSize', controller.desiredSize);

  const writer = new WritableStream({ write() { return new Promise(() => {}); } }, cq).getWriter();
  writer.write(1);
  writer.write(2);
  console.log('count desiredSize', writer.desiredSize);

  for (const make of [
    () => new CountQueuingStrategy(),
    () => new CountQueuingStrategy({}),
    () => new ByteLengthQueuingStrategy(7),
    () => new ReadableStream({}, new CountQueuingStrategy({ highWaterMark: -1 })),
    () => new ReadableStream({}, { highWaterMark: NaN }),
    () => new WritableStream({}, { size: 'no' }),
    () => new ReadableStream({ type: 'bytes' }, new CountQueuingStrategy({ highWaterMark: 1 })),
  ]) {
    try {
      make();
      console.log('no error');
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  try {
    Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
main();
