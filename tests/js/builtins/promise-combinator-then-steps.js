// Promise.all, allSettled, any and race call `then` on each element through Invoke
// (ECMA-262 §27.2.4.1.2 step 4.r and its twins): the `then` lookup, then inside
// Promise.prototype.then the `constructor` and @@species lookups and, for a species other
// than %Promise%, a call of that constructor. Each of these steps is observable and stays,
// also where the derived promise of an intrinsic `then` is left out.
const log = [];

function watched(name, value, constructor = Promise) {
  const p = Promise.resolve(value);
  Object.defineProperty(p, 'then', {
    get() {
      log.push(`${name}.then`);
      return Promise.prototype.then;
    },
  });
  Object.defineProperty(p, 'constructor', {
    get() {
      log.push(`${name}.constructor`);
      return constructor;
    },
  });
  return p;
}

class Sub extends Promise {
  constructor(executor) {
    log.push('new Sub');
    super(executor);
  }
}

// A species whose derived promise is visible to its constructor.
const seen = [];
class Keeping extends Promise {
  constructor(executor) {
    super(executor);
    seen.push(this);
  }
  static get [Symbol.species]() {
    log.push('Keeping[@@species]');
    return Keeping;
  }
}

async function main() {
  log.push('--- all');
  const all = await Promise.all([watched('a', 1), watched('b', 2, Sub), 3]);
  log.push(`all: ${all}`);

  log.push('--- allSettled');
  const settled = await Promise.allSettled([watched('c', 4), Promise.reject(new Error('no'))]);
  log.push(`allSettled: ${settled.map((r) => r.status).join(',')}`);

  log.push('--- any');
  const any = await Promise.any([Promise.reject(1), watched('d', 5)]);
  log.push(`any: ${any}`);

  log.push('--- race');
  const race = await Promise.race([watched('e', 6), 7]);
  log.push(`race: ${race}`);

  log.push('--- species seen');
  await Promise.all([watched('f', 8, Keeping)]);
  log.push(`derived promises made by Keeping: ${seen.length}`);
  await seen[0].then((v) => log.push(`derived settles with ${v}`));

  log.push('--- then replaced');
  const own = Promise.resolve(9);
  own.then = function (f, r) {
    log.push(`own then called with ${typeof f}, ${typeof r}`);
    return Promise.prototype.then.call(this, f, r);
  };
  log.push(`all: ${await Promise.all([own])}`);

  log.push('--- subclass combinator');
  const sub = await Sub.all([1, 2]);
  log.push(`Sub.all: ${sub}`);
}

main().then(() => console.log(log.join('\n')));
