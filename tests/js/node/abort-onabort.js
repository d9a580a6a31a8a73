// AbortSignal onabort and addEventListener('abort') run in registration order when the controller aborts, once
const ac = new AbortController();
const order = [];
ac.signal.addEventListener('abort', () => order.push('listener A'));
ac.signal.onabort = (e) => order.push(`onabort ${e.type}`);
ac.signal.addEventListener('abort', () => order.push('listener B'), { once: true });
ac.abort('why');
ac.abort('again');
console.log(order.join(' | '));
console.log(ac.signal.reason);

// onabort set after abort never runs
ac.signal.onabort = () => console.log('late onabort');
console.log('late handler set');

// abort from inside an abort listener of another controller
const outer = new AbortController();
const inner = new AbortController();
outer.signal.onabort = () => {
  console.log('outer aborted, aborting inner');
  inner.abort(outer.signal.reason);
};
inner.signal.onabort = () => console.log('inner aborted with', inner.signal.reason);
outer.abort('chain');
