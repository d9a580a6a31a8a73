// co (CommonJS, default-imported from ESM) runs the seed article's generator flow: profile, interests, recommendations, render, then errors
import co from 'co';

const db = {
  '/api/user/self': { id: 7, name: 'Ada' },
  '/api/user/interests': ['js', 'rust'],
  '/api/recommendations/topic/js': ['promises', 'generators'],
  '/api/recommendations/topic/rust': ['ownership'],
};
const delays = {
  '/api/user/self': 30,
  '/api/user/interests': 20,
  '/api/recommendations/topic/js': 25,
  '/api/recommendations/topic/rust': 10,
};

// Stands in for fetchJson(url): a promise that settles on a timer.
function fetchJson(url) {
  console.log('fetch', url);
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (url in db) {
        console.log('fetched', url);
        resolve(JSON.parse(JSON.stringify(db[url])));
      } else {
        reject(new Error('404 ' + url));
      }
    }, delays[url] ?? 5);
  });
}

function render(profile, interests, recommendations) {
  console.log('render', profile.name, interests.join('+'), JSON.stringify(recommendations));
}

// The article's program: synchronous-looking code over promises.
const page = co(function* () {
  const profile = yield fetchJson('/api/user/self');
  const interests = yield fetchJson('/api/user/interests');
  const recommendations = yield interests.map(
    interest => fetchJson('/api/recommendations/topic/' + interest),
  );
  render(profile, interests, recommendations);
  return recommendations.flat().length;
});
console.log('co returned a promise:', page instanceof Promise);
console.log('total recommendations', await page);

// A rejected promise is thrown into the generator, which can catch it.
const recovered = await co(function* () {
  try {
    yield fetchJson('/api/missing');
    return 'unreachable';
  } catch (err) {
    console.log('caught in generator:', err.message);
    return 'recovered';
  }
});
console.log(recovered);

// An uncaught error rejects co()'s promise.
try {
  await co(function* () {
    yield Promise.resolve(1);
    throw new TypeError('bad state');
  });
} catch (err) {
  console.log('co rejected:', err.name, err.message);
}

// Objects of promises, thunks, delegated generators and co.wrap.
const wrapped = co.wrap(function* (a, b) {
  const obj = yield { x: Promise.resolve(a), y: fetchJson('/api/user/self') };
  const thunk = yield done => setTimeout(() => done(null, b * 2), 15);
  const inner = yield (function* () { return (yield Promise.resolve(3)) + 1; })();
  return [obj.x, obj.y.name, thunk, inner];
});
console.log('wrap:', await wrapped(1, 21));
console.log('done');
