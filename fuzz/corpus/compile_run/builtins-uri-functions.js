// encodeURIComponent, encodeURI, decodeURIComponent, decodeURI
const s = 'a b&c=d/e?f#g@h:i;j,k+l$m!n~o*p\'q(r)s';
console.log(encodeURIComponent(s));
console.log(encodeURI(s));
console.log(encodeURIComponent('héllo wörld'), encodeURIComponent('😀'), encodeURIComponent('\u0000'));
console.log(decodeURIComponent('h%C3%A9llo%20w%C3%B6rld'), decodeURIComponent('%F0%9F%98%80'));
console.log(decodeURI('%2F%3Fa%20b'), decodeURIComponent('%2F%3Fa%20b'));
console.log(encodeURIComponent(123), encodeURIComponent(null), encodeURIComponent(), decodeURIComponent('%41%42'));
console.log(encodeURI('http://example.com/path with spaces/?q=1&r=é#frag'));
for (const bad of ['%', '%zz', '%E0%A4%A', '%C0%80']) {
  try { decodeURIComponent(bad); } catch (e) { console.log(bracket(bad), e.name, e instanceof URIError); }
}
try { encodeURIComponent('\uD800'); } catch (e) { console.log('lone surrogate', e.name); }
function bracket(x) { return '[' + x + ']'; }
