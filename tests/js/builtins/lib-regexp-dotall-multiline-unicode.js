// RegExp s, m, i, u flags: dot and line terminators, anchors per line, case folding, code point matching
const nl = 'a\nb';
console.log(/a.b/.test(nl), /a.b/s.test(nl), /a.b/.test('a\u2028b'), /a.b/.test('a\rb'), /a.b/.test('a\u0085b'));
console.log(/^b$/.test(nl), /^b$/m.test(nl), JSON.stringify('x\ny\r\nz'.match(/^\w$/gm)), /a$/m.test('a\u2029'));
console.log(/ß/i.test('SS'), /k/iu.test('\u212a'), /\u017f/iu.test('s'), /é/i.test('É'), /[à-ÿ]/i.test('Ç'), /σ/i.test('Σ'));
console.log(/^.$/.test('😀'), /^.$/u.test('😀'), /^[😀]$/u.test('😀'), /\u{1F600}/u.test('😀'), /\u{61}/u.test('a'), /\ud83d\ude00/u.test('😀'));
console.log('😀'.match(/./gu).length, '😀'.match(/./g).length, /^\S$/u.test('😀'), /[^a]/u.exec('😀')[0].length);
console.log(/\w/iu.test('\u017f'), /\w/i.test('é'), /[a-z]/i.test('K'), /\bé/.test(' é'), /é\b/.test('é '));
try { new RegExp('\\p{L}', ''); console.log('non-u \\p ok', /\p{L}/.test('p{L}')); } catch (e) { console.log(e.name); }
try { new RegExp('\\-', 'u'); } catch (e) { console.log('identity escape', e.name); }
try { new RegExp('{', 'u'); } catch (e) { console.log('lone brace', e.name); }
console.log(/{/.test('{'), /a{,2}/.test('a{,2}'), /]/.test(']'), /\8/.test('8'));
