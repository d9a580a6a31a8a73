// The end of the second article: the co() program rewritten with async/await ("replace
// co() with async and yield with await, and drop the *"), side by side with the co()
// version on the article's running example (profile -> interests -> recommendations).
function fetchJson(url) {
  // A stand-in for the article's fetchedJson(): resolves with a body a little later.
  const bodies = {
    '/profile': { id: 7, name: 'ada' },
    '/interests/7': ['engines', 'promises'],
    '/recommendations/engines': ['register VMs'],
    '/recommendations/promises': ['the job queue'],
  };
  return new Promise(function (resolve, reject) {
    setTimeout(function () {
      if (url in bodies) resolve(bodies[url]);
      else reject(new Error('404 ' + url));
    }, 5);
  });
}

// co() with exception handling, as built in the article.
function co(generator) {
  return new Promise(function (resolve, reject) {
    const g = generator();
    function onResolve(value) {
      let ret;
      try { ret = g.next(value); } catch (e) { reject(e); return; }
      next(ret);
    }
    function onReject(err) {
      let ret;
      try { ret = g.throw(err); } catch (e) { reject(e); return; }
      next(ret);
    }
    function next(ret) {
      if (ret.done) { resolve(ret.value); return; }
      ret.value.then(onResolve, onReject);
    }
    onResolve();
  });
}

function render(who, profile, interests, recommendations) {
  console.log(who + ': ' + profile.name + ' likes ' + interests.join(' and ') + '; try ' + recommendations.join(', '));
}

// The generator version: co() runs it at once.
const viaCo = co(function* () {
  const profile = yield fetchJson('/profile');
  const interests = yield fetchJson('/interests/' + profile.id);
  const recommendations = yield Promise.all(interests.map(i => fetchJson('/recommendations/' + i)));
  render('co', profile, interests, recommendations.flat());
  return 'co done';
});

// The async/await version: same body, `async` instead of co(), `await` instead of yield.
// Unlike co(), async only creates the function: it runs when called.
const page = async function () {
  const profile = await fetchJson('/profile');
  const interests = await fetchJson('/interests/' + profile.id);
  const recommendations = await Promise.all(interests.map(i => fetchJson('/recommendations/' + i)));
  render('async', profile, interests, recommendations.flat());
  return 'async done';
};

viaCo.then(function (result) {
  console.log(result);
  return page();
}).then(function (result) {
  console.log(result);
  // Errors: a rejected await throws inside the async function, like g.throw() in co().
  return (async function () {
    try {
      await fetchJson('/missing');
    } catch (e) {
      console.log('caught inside async:', e.message);
    }
    await fetchJson('/also-missing');
  })();
}).catch(function (e) {
  console.log('rejected outside:', e.message);
});
