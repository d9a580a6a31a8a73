// DisposableStack use/adopt/defer register callbacks that dispose() runs in reverse order, once
const log = [];
const stack = new DisposableStack();
log.push('disposed initially ' + stack.disposed);
const res = { name: 'res', [Symbol.dispose]() { log.push('use: dispose ' + this.name + ' args ' + arguments.length); } };
log.push('use returns value ' + (stack.use(res) === res));
log.push('use(null) returns ' + stack.use(null));
log.push('use(undefined) returns ' + stack.use(undefined));
const handle = { id: 7 };
log.push('adopt returns value ' + (stack.adopt(handle, function (v) {
  'use strict';
  log.push('adopt: release id ' + v.id + ' this undefined ' + (this === undefined) + ' args ' + arguments.length);
}) === handle));
log.push('adopt primitive returns ' + stack.adopt(42, (v) => log.push('adopt: release ' + v)));
log.push('defer returns ' + stack.defer(function () {
  'use strict';
  log.push('defer: callback this undefined ' + (this === undefined) + ' args ' + arguments.length);
}));
stack.use({ [Symbol.dispose]() { log.push('use: second resource'); } });
log.push('calling dispose');
log.push('dispose returns ' + stack.dispose());
log.push('disposed now ' + stack.disposed);
log.push('second dispose returns ' + stack.dispose());
log.push('-- the same callback registered twice runs twice');
const s2 = new DisposableStack();
const cb = () => log.push('cb');
s2.defer(cb);
s2.defer(cb);
s2.dispose();
log.push('-- use reads the method at registration');
const s3 = new DisposableStack();
const r3 = { [Symbol.dispose]() { log.push('original method'); } };
s3.use(r3);
r3[Symbol.dispose] = () => log.push('replaced method');
s3.dispose();
console.log(log.join('\n'));
