// timer and immediate callbacks get their extra arguments and this set to the Timeout / Immediate object
const t = setTimeout(function (a, b, c) {
  console.log('timeout', a, b, c, this === t, arguments.length);
  const i = setImmediate(function (...args) {
    console.log('immediate', args.join('|'), this === i, this.constructor.name);
    const noArgs = setTimeout(function () { console.log('no args', arguments.length, this === noArgs); }, 1);
  }, 1, 2, 3, 4, 5);
  console.log(i.constructor.name, typeof i.ref, typeof i.unref, typeof i.hasRef, i.hasRef());
}, 1, 'a', 2, undefined);
