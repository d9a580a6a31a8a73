// RequestInit: method normalization (DELETE/GET/HEAD/OPTIONS/POST/PUT upper-cased, others kept), invalid and forbidden methods, GET/HEAD with a body, enumerations (invalid values: the error's name only), mode navigate, only-if-cached, no-cors methods, referrer '' / about:client / a URL, referrerPolicy, integrity and keepalive conversions, window, an init that is not empty drops the input's referrer, an AbortSignal aborted before or after construction
// Node's undici warns on stderr once a request uses the method `patch`: that warning is not part of the test
process.removeAllListeners('warning');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};
const tName = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name);
  }
};
const url = 'http://example.com/';

// Methods
for (const method of ['get', 'Post', 'pUt', 'delete', 'head', 'options', 'patch', 'PATCH', 'Patch', 'custom', 'M-SEARCH', "!#$%&'*+-.^_`|~"]) {
  t(`method ${method}`, () => new Request(url, { method }).method);
}
t('method number', () => new Request(url, { method: 123 }).method);
t('method object', () => new Request(url, { method: { toString: () => 'purge' } }).method);
for (const method of ['', 'bad method', 'a,b', 'a\nb', 'GET(', 'caf\u00e9']) {
  t(`method ${JSON.stringify(method)}`, () => new Request(url, { method }).method);
}
for (const method of ['CONNECT', 'connect', 'TRACE', 'trace', 'TRACK', 'Track']) {
  t(`forbidden ${method}`, () => new Request(url, { method }).method);
}
tName('method not a ByteString', () => new Request(url, { method: 'G\u0100T' }).method);

// GET and HEAD cannot have a body (null and undefined are no body)
t('GET with body', () => new Request(url, { body: 'x' }).method);
t('get with body', () => new Request(url, { method: 'get', body: 'x' }).method);
t('HEAD with body', () => new Request(url, { method: 'HEAD', body: new Uint8Array(1) }).method);
t('HEAD with empty string body', () => new Request(url, { method: 'HEAD', body: '' }).method);
t('GET with null body', () => new Request(url, { body: null }).body);
t('GET with undefined body', () => new Request(url, { body: undefined }).body);
t('GET from a POST with a body', () => new Request(new Request(url, { method: 'POST', body: 'x' }), { method: 'GET' }).method);

// Enumerations
const enums = {
  mode: ['same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache'],
  redirect: ['follow', 'error', 'manual'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
};
for (const [name, values] of Object.entries(enums)) {
  console.log(name, values.map((value) => new Request(url, { [name]: value })[name]).join(','));
  for (const bad of ['bogus', name === 'referrerPolicy' ? 'NO-REFERRER' : values[0].toUpperCase(), null]) {
    tName(`${name} ${JSON.stringify(bad)}`, () => new Request(url, { [name]: bad })[name]);
  }
}
t('mode navigate', () => new Request(url, { mode: 'navigate' }).mode);
t('only-if-cached with cors', () => new Request(url, { cache: 'only-if-cached' }).cache);
t('only-if-cached with same-origin', () => new Request(url, { cache: 'only-if-cached', mode: 'same-origin' }).cache);
tName('duplex bogus', () => new Request(url, { duplex: 'bogus' }).duplex);
t('duplex half', () => new Request(url, { duplex: 'half' }).duplex);
t('enum from an object', () => new Request(url, { redirect: { toString: () => 'manual' } }).redirect);

// no-cors allows only GET, HEAD and POST
t('no-cors GET/HEAD/POST', () => ['GET', 'head', 'post'].map((method) => new Request(url, { mode: 'no-cors', method }).method));
tName('no-cors PUT', () => new Request(url, { mode: 'no-cors', method: 'PUT' }).method);
tName('no-cors from a PATCH request', () => new Request(new Request(url, { method: 'PATCH' }), { mode: 'no-cors' }).method);
t('no-cors headers kept', () => [...new Request(url, { mode: 'no-cors', headers: { accept: 'a' } }).headers]);

// referrer
t('referrer default', () => new Request(url).referrer);
t('referrer empty', () => new Request(url, { referrer: '' }).referrer);
t('referrer about:client', () => new Request(url, { referrer: 'about:client' }).referrer);
t('referrer URL', () => new Request(url, { referrer: 'https://Other.example/a/../b?c#d' }).referrer);
t('referrer about:blank', () => new Request(url, { referrer: 'about:blank' }).referrer);
t('referrer URL object', () => new Request(url, { referrer: new URL('http://u.example/x') }).referrer);
t('referrer relative', () => new Request(url, { referrer: '/relative' }).referrer);
t('referrer null', () => new Request(url, { referrer: null }).referrer);
t('referrerPolicy', () => new Request(url, { referrerPolicy: 'no-referrer', referrer: '' }).referrerPolicy);

// integrity and keepalive are converted
t('integrity', () => new Request(url, { integrity: 'sha384-abc' }).integrity);
t('integrity number', () => JSON.stringify(new Request(url, { integrity: 12 }).integrity));
t('integrity null', () => JSON.stringify(new Request(url, { integrity: null }).integrity));
t('keepalive', () => [1, 0, '', 'x', null, {}].map((keepalive) => new Request(url, { keepalive }).keepalive));

// window must be null
t('window null', () => new Request(url, { window: null }).url);
t('window undefined', () => new Request(url, { window: undefined }).url);
t('window object', () => new Request(url, { window: {} }).url);

// From a Request: an init with any member (even null) drops the input's referrer and referrer policy
const withReferrer = new Request(url, { referrer: 'http://example.com/from', referrerPolicy: 'origin' });
for (const init of [undefined, {}, { method: undefined }, { unknown: 1 }, { method: 'GET' }, { body: null }, { signal: null }, { window: null }, { referrerPolicy: 'unsafe-url' }, { referrer: 'http://example.com/other' }]) {
  const r = new Request(withReferrer, init);
  console.log('from a Request with init', JSON.stringify(init), '->', r.referrer, JSON.stringify(r.referrerPolicy));
}

// AbortSignal
const before = new AbortController();
before.abort('early reason');
const r1 = new Request(url, { signal: before.signal });
console.log('aborted before', r1.signal.aborted, r1.signal.reason, r1.signal !== before.signal);
const after = new AbortController();
const r2 = new Request(url, { signal: after.signal });
const events = [];
r2.signal.addEventListener('abort', () => events.push(`request signal aborted: ${r2.signal.reason}`));
console.log('not yet', r2.signal.aborted, r2.signal.reason);
after.abort('late reason');
console.log('aborted after', r2.signal.aborted, r2.signal.reason, events);
const defaultReason = new AbortController();
const r3 = new Request(url, { signal: defaultReason.signal });
defaultReason.abort();
console.log('default reason', r3.signal.reason instanceof DOMException, r3.signal.reason.name, r3.signal.reason === defaultReason.signal.reason);
const r4 = new Request(r2);
console.log('copy follows the input', r4.signal.aborted, r4.signal.reason, r4.signal !== r2.signal);
const parent = new AbortController();
const r5 = new Request(new Request(url, { signal: parent.signal }), { signal: null });
parent.abort();
console.log('signal null does not follow', r5.signal.aborted);
const other = new AbortController();
const r6 = new Request(new Request(url, { signal: parent.signal }), { signal: other.signal });
console.log('init signal wins', r6.signal.aborted);
t('timeout signal', () => new Request(url, { signal: AbortSignal.timeout(100000) }).signal.aborted);
t('signal not an AbortSignal', () => new Request(url, { signal: {} }).signal);
t('signal from abort()', () => new Request(url, { signal: AbortSignal.abort('x') }).signal.reason);
t('init not an object', () => typeof new Request(url, () => {}));
