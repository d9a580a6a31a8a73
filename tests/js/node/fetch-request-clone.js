// Request.clone(): every field copied, headers copied (independent), the signal a new one following the original's, both bodies readable (the original's body stream is replaced by a branch), cloning a used or locked request throws, clones of clones, a subclass
const attempt = async (label, f) => {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};
const url = 'http://example.com/path';

(async () => {
  const controller = new AbortController();
  const original = new Request(url, {
    method: 'PUT', body: 'cloned body', headers: { 'X-A': '1' }, mode: 'same-origin', credentials: 'omit',
    cache: 'no-cache', redirect: 'error', referrer: '', referrerPolicy: 'no-referrer', integrity: 'sha256-x',
    keepalive: true, signal: controller.signal,
  });
  const originalStream = original.body;
  const clone = original.clone();
  for (const name of ['method', 'url', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'duplex', 'bodyUsed']) {
    console.log(name, JSON.stringify(clone[name]), clone[name] === original[name]);
  }
  console.log('new objects', clone !== original, clone.headers !== original.headers, clone.signal !== original.signal, clone.body !== original.body);
  console.log('original body stream replaced', original.body !== originalStream, originalStream.locked);
  clone.headers.set('x-a', 'changed');
  clone.headers.append('x-b', '2');
  console.log('headers independent', JSON.stringify([...original.headers]), JSON.stringify([...clone.headers]));
  console.log('both read', await original.text(), await clone.text(), original.bodyUsed, clone.bodyUsed);

  // Reading one does not use the other
  const a = new Request(url, { method: 'POST', body: 'shared' });
  const b = a.clone();
  console.log('clone read first', await b.text(), a.bodyUsed, await a.text());
  const c = new Request(url, { method: 'POST', body: new Uint8Array([1, 2, 3]) });
  const d = c.clone();
  const e = d.clone();
  console.log('clone of a clone', [...new Uint8Array(await e.arrayBuffer())], [...new Uint8Array(await d.arrayBuffer())], [...new Uint8Array(await c.arrayBuffer())]);

  // Signals: the clone follows the original's signal
  const cloneEvents = [];
  clone.signal.addEventListener('abort', () => cloneEvents.push('clone aborted'));
  console.log('before abort', original.signal.aborted, clone.signal.aborted);
  controller.abort('why');
  console.log('after abort', original.signal.aborted, clone.signal.aborted, clone.signal.reason, cloneEvents);
  const aborted = new Request(url, { signal: AbortSignal.abort('already') });
  console.log('clone of an aborted request', aborted.clone().signal.aborted, aborted.clone().signal.reason);

  // Used or locked bodies cannot be cloned; a null body can
  try {
    original.clone();
    console.log('clone used did not throw');
  } catch (err) {
    console.log('clone used ->', err.name);
  }
  const locked = new Request(url, { method: 'POST', body: 'locked' });
  locked.body.getReader();
  try {
    locked.clone();
    console.log('clone locked did not throw');
  } catch (err) {
    console.log('clone locked ->', err.name);
  }
  const empty = new Request(url);
  const emptyClone = empty.clone();
  console.log('null body clone', emptyClone.body, await emptyClone.text() === '', empty.clone().bodyUsed);

  // A stream body is teed
  const streamed = new Request(url, {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({ start(ctrl) { ctrl.enqueue(new TextEncoder().encode('from a stream')); ctrl.close(); } }),
  });
  const streamClone = streamed.clone();
  console.log('stream clone', await streamClone.text(), await streamed.text());

  // Brand check, subclass
  try {
    Request.prototype.clone.call({});
    console.log('clone brand did not throw');
  } catch (err) {
    console.log('clone brand ->', err.name);
  }
  class MyRequest extends Request {}
  const mine = new MyRequest(url, { method: 'POST', body: 'sub' });
  console.log('subclass', mine instanceof MyRequest, mine.method, mine.clone() instanceof Request);
  await attempt('subclass text', () => mine.text());
})();
