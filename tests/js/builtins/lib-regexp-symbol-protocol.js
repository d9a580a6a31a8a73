// Symbol.replace/split/match/matchAll/search protocol: String methods delegate to custom objects
const obj = {
  [Symbol.replace](s, r) { return 'R(' + s + ',' + r + ')'; },
  [Symbol.split](s, lim) { return ['S', s, lim]; },
  [Symbol.match](s) { return ['M', s]; },
  [Symbol.search](s) { return 'X' + s.length; },
  [Symbol.matchAll](s) { return ['MA', s]; },
};
console.log('abc'.replace(obj, 'z'), JSON.stringify('abc'.split(obj, 2)), JSON.stringify('abc'.match(obj)), 'abc'.search(obj));
try { 'abc'.matchAll(obj); } catch (e) { console.log('matchAll needs flags', e.name); }
try { 'abc'.replaceAll(obj, 'q'); } catch (e) { console.log('replaceAll needs flags', e.name); }
obj.flags = 'g';
console.log(JSON.stringify('abc'.matchAll(obj)), 'abc'.replaceAll(obj, 'q'));
const log = [];
class MyRE extends RegExp {
  exec(s) { log.push('exec@' + this.lastIndex); return super.exec(s); }
}
console.log('a1b2'.replace(new MyRE('\\d', 'g'), '#'), log.join(','));
log.length = 0;
console.log(new MyRE('b').test('abc'), 'abc'.search(new MyRE('c')), log.join(','));
const fakeExec = /x/;
fakeExec.exec = () => ({ 0: 'zz', length: 1, index: 1 });
console.log('axb'.replace(fakeExec, '_'), fakeExec.test('nothing'));
const badExec = /x/;
badExec.exec = () => 42;
try { badExec.test('x'); } catch (e) { console.log('bad exec', e.name); }
console.log(RegExp.prototype[Symbol.replace].call(/b/, 'abc', '$&$&'), JSON.stringify(RegExp.prototype[Symbol.split].call(/-/, 'a-b-c', 2)));
console.log(RegExp.prototype[Symbol.search].call(/c/, 'abc'), typeof Symbol.matchAll, Symbol.split.description);
