// TextDecoder labels: ASCII case-insensitive, ASCII whitespace trimmed, aliases to canonical names, unknown labels a RangeError with Node's code
const labels = [
  undefined, "utf-8", "UTF-8", "utf8", "unicode-1-1-utf-8", " utf-8 ", "\tutf-8\n", "\fUTF8\r", "unicode11utf8", "x-unicode20utf8",
  "utf-16", "utf-16le", "unicode", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicodefeff",
  "latin1", "iso-8859-1", "ascii", "windows-1252", "iso_8859-1:1987", "cp819",
  "utf-16be", "unicodefffe", "shift_jis", "sjis", "euc-jp", "gbk", "gb2312", "gb18030", "big5", "euc-kr", "koi8-r", "iso-8859-2", "windows-1251", "macintosh",
];
for (const l of labels) console.log(JSON.stringify(l), new TextDecoder(l).encoding);
for (const l of ["", "utf-7", "utf-32", "foo", "utf\u00a08", "\u00a0utf-8", "utf-8\v", null, "replacement", "iso-2022-kr", "hz-gb-2312"]) {
  try {
    console.log(JSON.stringify(l), new TextDecoder(l).encoding);
  } catch (e) {
    console.log(JSON.stringify(l), e.name, e.code, e.message);
  }
}
console.log(new TextDecoder({ toString: () => "Latin1" }).encoding);
