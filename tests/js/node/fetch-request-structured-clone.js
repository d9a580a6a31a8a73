// Request and FormData in structured clone: a Request is not serializable (DataCloneError), alone or inside other values, and is untouched afterwards; a FormData is not serializable either (expected output from Node 24: Node 20's undici cannot mark a Request uncloneable, so there structuredClone returns {})
const tryClone = (label, value) => {
  try {
    const copy = structuredClone(value);
    console.log(label, 'cloned', copy);
  } catch (e) {
    console.log(label, e.name, e instanceof DOMException);
  }
};
tryClone('Request', new Request('http://a/'));
tryClone('Request with a body', new Request('http://a/', { method: 'POST', body: 'x' }));
tryClone('Request in an object', { r: new Request('http://a/') });
tryClone('Request in an array', [1, new Request('http://a/')]);
tryClone('Request in a Map', new Map([['k', new Request('http://a/')]]));
tryClone('FormData', new FormData());
const r = new Request('http://a/', { method: 'PUT', body: 'still readable' });
tryClone('again', r);
r.text().then((text) => console.log('after', r.method, r.bodyUsed, text));
