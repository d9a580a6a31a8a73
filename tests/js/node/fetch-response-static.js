// Response.error(), Response.json() and Response.redirect(): their status, type, headers and body; json's init and its unserializable values; redirect's statuses, URL parsing and argument errors
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};

(async () => {
  const e = Response.error();
  console.log('error', e instanceof Response, e.type, e.status, e.ok, JSON.stringify(e.statusText), e.body, e.bodyUsed, JSON.stringify(e.url), e.redirected);
  console.log('error body reads empty', JSON.stringify(await e.text()), e.bodyUsed);
  console.log('error each call new', Response.error() !== Response.error());

  const j = Response.json({ a: 1, list: [true, null], s: 'é' });
  console.log('json', j.status, j.ok, j.type, JSON.stringify([...j.headers]), j.body instanceof ReadableStream);
  console.log('json body', await j.text());
  const k = Response.json([1, 2], { status: 201, statusText: 'Made', headers: { 'X-Trace': 'abc' } });
  console.log('json init', k.status, k.statusText, JSON.stringify([...k.headers]), await k.json());
  const own = Response.json('x', { headers: { 'Content-Type': 'application/problem+json' } });
  console.log('json own type', JSON.stringify([...own.headers]));
  for (const value of [null, 0, 'str', false, [], { toJSON: () => 'custom' }, new Date(0), { u: undefined, f() {} }]) {
    console.log('json of', JSON.stringify(value) ?? String(value), '->', await Response.json(value).text());
  }
  t('json undefined', () => Response.json(undefined));
  t('json function', () => Response.json(() => {}));
  t('json symbol', () => Response.json(Symbol('s')));
  t('json no arguments', () => Response.json());
  t('json 204', () => Response.json({}, { status: 204 }));
  t('json status range', () => Response.json({}, { status: 700 }));
  t('json bad statusText', () => Response.json({}, { statusText: 'a\nb' }));
  t('json init before data', () => Response.json(undefined, { statusText: '\u0100' }));
  // JSON.stringify's own errors come through (their messages are the engine's)
  const cyclic = {};
  cyclic.self = cyclic;
  for (const [label, value] of [['cyclic', cyclic], ['bigint', 10n]]) {
    try {
      Response.json(value);
    } catch (err) {
      console.log('json', label, err.name);
    }
  }

  for (const status of [301, 302, 303, 307, 308]) {
    const r = Response.redirect('https://example.com/path?q=1#frag', status);
    console.log('redirect', status, r.status, r.ok, r.type, JSON.stringify(r.statusText), r.body, JSON.stringify([...r.headers]));
  }
  const d = Response.redirect('http://EXAMPLE.com:80/a b/../c');
  console.log('redirect default', d.status, d.headers.get('Location'));
  console.log('redirect URL object', Response.redirect(new URL('https://x.test/y')).headers.get('location'));
  console.log('redirect status conversion', Response.redirect('https://x.test/', '307').status, Response.redirect('https://x.test/', 65536 + 303).status, Response.redirect('https://x.test/', 301.9).status);
  t('redirect status 200', () => Response.redirect('https://x.test/', 200));
  t('redirect status 304', () => Response.redirect('https://x.test/', 304));
  t('redirect status 0', () => Response.redirect('https://x.test/', 0));
  t('redirect status null', () => Response.redirect('https://x.test/', null));
  t('redirect status undefined', () => Response.redirect('https://x.test/', undefined).status);
  t('redirect relative', () => Response.redirect('/relative/path'));
  t('redirect garbage', () => Response.redirect('http://[::1', 301));
  t('redirect bad URL checked before status', () => Response.redirect('nope', 200));
  try {
    Response.redirect('/relative');
  } catch (err) {
    console.log('redirect cause', err.cause instanceof TypeError, err.cause.code);
  }
  t('redirect no arguments', () => Response.redirect());
  t('redirect other schemes', () => [Response.redirect('data:text/plain,hi').headers.get('location'), Response.redirect('mailto:a@b.c').headers.get('location')]);

  console.log(Object.keys(Response), Response.json.length, Response.redirect.length, Response.error.length);
})();
