// EventTarget with EventListener objects: handleEvent is looked up at dispatch time with the object as this; errors it throws are uncaught exceptions
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const et = new EventTarget();
const obj = {
  name: 'obj',
  handleEvent(e) {
    console.log('handleEvent', this.name, e.type, this === obj);
  },
};
et.addEventListener('x', obj);
et.addEventListener('x', obj); // duplicate
et.dispatchEvent(new Event('x'));

obj.handleEvent = function (e) { console.log('replaced handleEvent', e.type); };
et.dispatchEvent(new Event('x'));

// An object without handleEvent is accepted and does nothing
const empty = {};
et.addEventListener('y', empty);
et.addEventListener('y', () => console.log('y function listener'));
et.dispatchEvent(new Event('y'));
et.removeEventListener('x', obj);
et.dispatchEvent(new Event('x'));
console.log('removed obj');

// handleEvent throwing
const bad = { handleEvent() { throw new Error('from handleEvent'); } };
et.addEventListener('z', bad);
et.addEventListener('z', () => console.log('z second listener still runs'));
et.dispatchEvent(new Event('z'));
console.log('after dispatch z');
