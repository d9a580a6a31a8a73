// encodeURI/encodeURIComponent/decodeURI/decodeURIComponent: surrogates, reserved sets, malformed sequences (URIError)
console.log(encodeURIComponent('😀'), encodeURI('😀'), encodeURIComponent('\u0080\u07ff\u0800\uffff'), encodeURIComponent('\0'));
const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
const keptURI = [...all].filter(c => encodeURI(c) === c).join('');
const keptComp = [...all].filter(c => encodeURIComponent(c) === c).join('');
console.log(keptURI);
console.log(keptComp);
for (const s of ['\uD800', '\uDC00', 'a\uD800b', '\uDC00\uD800']) {
  try { encodeURIComponent(s); console.log('ok'); } catch (e) { console.log(JSON.stringify(s), e instanceof URIError, e.name); }
}
console.log(decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURIComponent('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURI('%41%2f%2F'));
console.log(decodeURIComponent('%F0%9F%98%80') === '😀', decodeURIComponent('%e2%82%ac'), decodeURI('%25'), decodeURIComponent('a+b'), decodeURIComponent(''));
for (const s of ['%', '%2', '%G0', '%C0%80', '%E0%80%80', '%ED%A0%80', '%F4%90%80%80', '%80', '%C3', '%C3%28', '%FF', '%F0%9F%98']) {
  try { console.log(JSON.stringify(decodeURIComponent(s))); } catch (e) { console.log(s, e.name); }
}
console.log(encodeURIComponent(undefined), encodeURI(null), decodeURI(12), encodeURIComponent({ toString() { return 'a b'; } }));
