// Response init: status (range 200-599, unsigned short conversion), statusText (reason-phrase and ByteString checks), headers; null-body statuses with a body; ok/type/url/redirected/body of new responses; every member converted before any is validated
// Control characters in messages are shown escaped
const escape = (s) => s.replace(/[\0-\x1f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name, escape(e.message));
  }
};
const props = (r) => [r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.body === null, r.bodyUsed];

t('defaults', () => props(new Response()));
t('with body', () => props(new Response('x')));
t('201 Created', () => props(new Response('made', { status: 201, statusText: 'Created' })));
t('404', () => props(new Response('missing', { status: 404, statusText: 'Not Found' })));
t('599', () => props(new Response(null, { status: 599 })));
for (const status of [200, 226, 299, 300, 302, 400, 500]) {
  console.log('ok for', status, new Response(null, { status }).ok);
}

// status: unsigned short conversion, then the range check
for (const status of [199, 600, 0, -1, 1000, null, NaN, Infinity, 'abc']) {
  t(`status ${String(status)}`, () => new Response(null, { status }).status);
}
for (const status of ['201', 200.9, 599.99, 65736, { valueOf: () => 202 }, true + 199, undefined]) {
  t(`status ${typeof status === 'object' ? 'object' : String(status)}`, () => new Response(null, { status }).status);
}

// statusText: a ByteString that is a reason phrase (HTAB, SP, VCHAR, obs-text)
t('statusText tab and latin-1', () => JSON.stringify(new Response(null, { statusText: 'Tab\there caf\u00e9' }).statusText));
t('statusText LF', () => new Response(null, { statusText: 'a\nb' }));
t('statusText CR', () => new Response(null, { statusText: 'a\rb' }));
t('statusText NUL', () => new Response(null, { statusText: '\0' }));
t('statusText DEL', () => new Response(null, { statusText: '\x7f' }));
t('statusText over 255', () => new Response(null, { statusText: 'OK \u2713' }));
t('statusText number', () => new Response(null, { statusText: 42 }).statusText);
t('statusText null', () => new Response(null, { statusText: null }).statusText);
t('statusText empty', () => JSON.stringify(new Response(null, { statusText: '' }).statusText));

// headers
t('headers record', () => JSON.stringify([...new Response(null, { headers: { 'X-A': '1', b: '2' } }).headers]));
t('headers sequence', () => JSON.stringify([...new Response('x', { headers: [['x-a', '1'], ['X-A', '2']] }).headers]));
t('headers Headers', () => JSON.stringify([...new Response(null, { headers: new Headers({ c: '3' }) }).headers]));
t('headers null', () => new Response(null, { headers: null }));
t('headers number', () => new Response(null, { headers: 5 }));
t('headers bad name', () => new Response(null, { headers: { 'bad name': 'x' } }));
t('headers bad pair', () => new Response(null, { headers: [['a']] }));
t('headers are the Response own', () => { const init = new Headers({ a: '1' }); const r = new Response(null, { headers: init }); init.set('a', '2'); return [r.headers === init, r.headers.get('a')]; });

// init itself
t('init null', () => new Response('x', null).status);
t('init undefined', () => new Response('x', undefined).status);
t('init empty object', () => new Response('x', {}).status);
t('init function', () => new Response('x', Object.assign(() => {}, { status: 203 })).status);
for (const init of [5, 'str', true]) {
  try {
    new Response(null, init);
    console.log('init', init, 'accepted');
  } catch (e) {
    console.log('init', init, '->', e.name);
  }
}

// Null-body statuses reject any body, even an empty one
for (const status of [204, 205, 304]) {
  t(`${status} with body`, () => new Response('x', { status }));
  t(`${status} with empty string`, () => new Response('', { status }));
  t(`${status} without body`, () => props(new Response(null, { status })));
}
t('200 with empty body', () => props(new Response('', { status: 200 })));

// Everything is converted before anything is validated
t('status and bad statusText', () => new Response(null, { status: 10, statusText: '\u0100' }));
t('status and bad headers', () => new Response(null, { status: 10, headers: 5 }));
t('status and bad header name', () => new Response(null, { status: 10, headers: { 'bad name': 'x' } }));
t('bad statusText and bad header name', () => new Response(null, { statusText: 'a\nb', headers: { 'bad name': 'x' } }));
t('204 and bad header name', () => new Response('body', { status: 204, headers: { 'bad name': 'x' } }));
t('bad header value before null-body status', () => new Response('body', { status: 204, headers: { a: 'x\0y' } }).status);
const order = [];
const spy = new Proxy({ status: 201, statusText: 'S', headers: { a: 'b' } }, {
  get(target, key) {
    order.push(String(key));
    return target[key];
  },
});
new Response(null, spy);
console.log('init members read', order.filter((k) => ['status', 'statusText', 'headers'].includes(k)).sort().join());
