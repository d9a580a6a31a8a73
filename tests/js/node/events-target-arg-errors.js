// EventTarget/Event argument checks: Node's ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE and ERR_INVALID_THIS
function check(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const et = new EventTarget();
check('new Event()', () => new Event());
check('new Event(x, 1)', () => new Event('x', 1));
check('new Event(x, [])', () => new Event('x', []));
check('new Event(x, null)', () => new Event('x', null));
check('addEventListener()', () => et.addEventListener());
check('addEventListener(x)', () => et.addEventListener('x'));
check('addEventListener listener 1', () => et.addEventListener('x', 1));
check('addEventListener listener "s"', () => et.addEventListener('x', 'str'));
check('addEventListener options 1', () => et.addEventListener('x', () => {}, 1));
check('addEventListener options "s"', () => et.addEventListener('x', () => {}, 's'));
check('addEventListener options fn', () => et.addEventListener('x', () => {}, () => {}));
check('addEventListener signal {}', () => et.addEventListener('x', () => {}, { signal: {} }));
check('addEventListener signal null', () => et.addEventListener('x', () => {}, { signal: null }));
check('addEventListener symbol type', () => et.addEventListener(Symbol('s'), () => {}));
check('removeEventListener(x)', () => et.removeEventListener('x'));
check('removeEventListener listener 1', () => et.removeEventListener('x', 1));
check('removeEventListener listener null', () => et.removeEventListener('x', null));
check('dispatchEvent()', () => et.dispatchEvent());
check('dispatchEvent({})', () => et.dispatchEvent({ type: 'x' }));
check('dispatchEvent("x")', () => et.dispatchEvent('x'));
check('dispatchEvent on {}', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
check('addEventListener on null', () => EventTarget.prototype.addEventListener.call(null, 'x', () => {}));
check('Event type getter on {}', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
check('preventDefault on {}', () => Event.prototype.preventDefault.call({}));
check('stopPropagation on {}', () => Event.prototype.stopPropagation.call({}));
check('composedPath on {}', () => Event.prototype.composedPath.call({}));
check('initEvent()', () => new Event('x').initEvent());
