// Request construction: from a string URL (parsed and serialized), from a URL object, from another Request with and without init; the default of every getter; a relative URL, a URL with credentials, too few arguments, a bad init
const GETTERS = ['method', 'url', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect',
  'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'duplex', 'body', 'bodyUsed'];
const dump = (label, r) => {
  console.log(label);
  for (const name of GETTERS) console.log(' ', name, JSON.stringify(r[name]));
  console.log('  headers', JSON.stringify([...r.headers]));
  console.log('  signal', r.signal instanceof AbortSignal, r.signal.aborted, r.signal.reason);
};
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};

const r = new Request('HTTPS://User@Example.COM:443/a/../b?q=1#frag'.replace('User@', ''));
dump('defaults', r);
console.log('instanceof', r instanceof Request, Object.getPrototypeOf(r) === Request.prototype);
console.log('url serialized', new Request('http://example.com').url, new Request(' http://x/\t').url, new Request('http://ü.example/ä?ö#ü').url);
console.log('URL object', new Request(new URL('http://example.com/p?x')).url);
console.log('object with toString', new Request({ toString: () => 'http://from-object/' }).url);
console.log('other schemes', new Request('data:text/plain,hi').url, new Request('blob:http://a/uuid').url, new Request('about:blank').url, new Request('file:///tmp/x').url);
console.log('same objects each time', r.headers === r.headers, r.signal === r.signal);

// From another Request: everything copied, headers and signal are new objects
const original = new Request('http://example.com/orig', {
  method: 'PUT', headers: { 'X-One': '1' }, mode: 'same-origin', credentials: 'include', cache: 'no-store',
  redirect: 'manual', referrer: 'http://example.com/ref', referrerPolicy: 'origin', integrity: 'sha256-abc', keepalive: true,
});
const copy = new Request(original);
dump('copy', copy);
console.log('copy has new headers and signal', copy.headers !== original.headers, copy.signal !== original.signal);
copy.headers.set('x-one', 'changed');
console.log('original headers untouched', original.headers.get('x-one'));
const overridden = new Request(original, { method: 'delete', headers: [['X-Two', '2']], cache: 'reload', integrity: '', keepalive: false });
dump('copy with init', overridden);
const empty = new Request(original, {});
console.log('empty init keeps', empty.method, empty.mode, empty.cache, empty.referrer, JSON.stringify([...empty.headers]));
console.log('undefined members keep', new Request(original, { method: undefined, mode: undefined }).method);
console.log('null init', new Request('http://a/', null).method, 'undefined init', new Request('http://a/', undefined).method);
// A mode other than navigate survives, and a non-empty init drops navigate-only state (nothing visible here)
console.log('copy of a copy', new Request(new Request(copy)).headers.get('x-one'));

// Failures
t('no arguments', () => new Request());
t('relative URL', () => new Request('/relative'));
t('empty URL', () => new Request(''));
t('credentials in URL', () => new Request('http://user:pass@example.com/'));
t('username only', () => new Request('http://user@example.com/'));
t('invalid URL', () => new Request('http://exa mple.com/'));
try {
  new Request('http://a/', 5);
  console.log('init not an object did not throw');
} catch (e) {
  console.log('init not an object ->', e.name);
}
try {
  Request('http://a/');
  console.log('call without new did not throw');
} catch (e) {
  console.log('call without new ->', e.name);
}
