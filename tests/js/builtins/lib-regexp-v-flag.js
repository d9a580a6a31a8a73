// RegExp v flag (unicodeSets): set operations, string literals in classes, and syntax differences from u
const t = (re, s) => re.test(s);
console.log(t(/^[\p{L}--[a-z]]$/v, 'a'), t(/^[\p{L}--[a-z]]$/v, 'A'), t(/^[[a-z]&&[aeiou]]$/v, 'e'), t(/^[[a-z]&&[aeiou]]$/v, 'b'));
console.log(t(/^[\q{abc|d}x]$/v, 'abc'), t(/^[\q{abc|d}x]$/v, 'd'), t(/^[\q{abc|d}x]$/v, 'ab'), t(/^[a[b[c]]]$/v, 'c'));
console.log(t(/^\p{RGI_Emoji}$/v, '👍🏽'), t(/^.$/v, '😀'), t(/[^\d]/v, 'x'));
for (const src of ['[a-z&&b]', '[(]', '[a--]', '[\\q{a}]', '[&&a]', '[\\p{RGI_Emoji}]']) {
  for (const f of ['u', 'v']) {
    try { new RegExp(src, f); console.log(f, src, 'ok'); } catch (e) { console.log(f, src, e.name); }
  }
}
console.log('aBc'.replace(/[\p{Lu}--B]/gv, '_'), 'aBcD'.replace(/[\p{Lu}--B]/gv, '_'), t(/^[^x]$/v, 'y'), /x/v.unicode);
