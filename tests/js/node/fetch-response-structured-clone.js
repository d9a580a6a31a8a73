// Response and Headers are not serializable: structuredClone throws a DataCloneError, alone or inside other values (expected output from Node 24: Node 20's undici cannot mark them uncloneable, so there structuredClone returns {})
const tryClone = (label, value) => {
  try {
    const copy = structuredClone(value);
    console.log(label, 'cloned', copy);
  } catch (e) {
    console.log(label, e.name, e instanceof DOMException);
  }
};
tryClone('Response', new Response('body'));
tryClone('Response.error()', Response.error());
tryClone('Headers', new Headers({ a: 'b' }));
tryClone('Response in an object', { r: new Response() });
tryClone('Headers in an array', [1, new Headers()]);
tryClone('Response in a Map', new Map([['k', Response.json(1)]]));
// The response is untouched afterwards
const r = new Response('still readable', { status: 201 });
tryClone('again', r);
r.text().then((text) => console.log('after', r.status, r.bodyUsed, text));
