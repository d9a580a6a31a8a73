// Event.preventDefault only counts on cancelable events: defaultPrevented, returnValue and the result of dispatchEvent
const et = new EventTarget();
et.addEventListener('x', (e) => {
  e.preventDefault();
  console.log('in listener', e.cancelable, e.defaultPrevented, e.returnValue);
});
const notCancelable = new Event('x');
console.log('not cancelable: dispatch returns', et.dispatchEvent(notCancelable), notCancelable.defaultPrevented);
const cancelable = new Event('x', { cancelable: true });
console.log('cancelable: dispatch returns', et.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.returnValue);

// preventDefault outside a dispatch
const e = new Event('y', { cancelable: true });
console.log(e.defaultPrevented, e.returnValue);
e.preventDefault();
console.log(e.defaultPrevented, e.returnValue);
// returnValue = true changes nothing (Node 20 has no setter; the DOM setter only cancels)
e.returnValue = true;
console.log('after assignment', e.returnValue);

// initEvent resets type, bubbles and cancelable (not defaultPrevented)
e.initEvent('z', true, false);
console.log(e.type, e.bubbles, e.cancelable, e.defaultPrevented, e.returnValue);
e.initEvent('w', false, true);
console.log(e.type, e.bubbles, e.cancelable, e.defaultPrevented, e.returnValue);
