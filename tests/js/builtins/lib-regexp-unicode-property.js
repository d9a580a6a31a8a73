// unicode property escapes \p{...} and \P{...}: general categories, scripts, binary properties, errors
const t = (re, s) => re.test(s);
console.log(t(/^\p{L}+$/u, 'héllo'), t(/^\p{Lu}$/u, 'É'), t(/^\p{Ll}$/u, 'É'), t(/^\p{N}$/u, '٣'), t(/^\p{Nd}$/u, 'Ⅻ'));
console.log(t(/^\p{Script=Greek}+$/u, 'αβγ'), t(/^\p{sc=Cyrillic}$/u, 'ж'), t(/^\p{Script_Extensions=Latin}$/u, 'a'), t(/^\p{scx=Hira}$/u, 'あ'));
console.log(t(/\p{Emoji_Presentation}/u, '😀'), t(/^\p{Emoji}$/u, 'a'), t(/^\p{ASCII}+$/u, 'abc~'), t(/^\p{Any}$/u, '\u{10FFFF}'));
console.log(t(/^\P{L}$/u, '1'), t(/^[\p{L}\p{N}]+$/u, 'ab12'), t(/^[^\p{L}]$/u, 'x'), t(/^\p{White_Space}+$/u, ' \t\u3000'));
console.log(t(/^\p{General_Category=Decimal_Number}$/u, '5'), t(/^\p{gc=P}$/u, '!'), t(/^\p{Uppercase}$/u, 'Ⓐ'), t(/^\p{Lu}$/u, 'Ⓐ'));
console.log('Hello Wörld 123'.replace(/\p{Lu}/gu, '_'), 'a1b2'.match(/\p{Nd}/gu).join(''), t(/\p{Lu}/iu, 'a'), t(/\P{Lu}/iu, 'A'));
for (const src of ['\\p{Foo}', '\\p{L', '\\p{Script=Nope}', '\\p{ASCII=Yes}', '\\p{sc}']) {
  try { new RegExp(src, 'u'); console.log('ok', src); } catch (e) { console.log(src, e.name); }
}
