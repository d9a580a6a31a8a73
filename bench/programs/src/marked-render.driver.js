// marked-render: marked@{{marked}} (MIT) renders generated GitHub-flavoured markdown (headings, lists, tables, code, links, emphasis) to HTML; checksum hashes the HTML.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
//@@BUNDLE@@
// ---- benchmark driver ----
var CHECKSUM = (function () {
  var Marked = markedLib.Marked;
  var DOCS = Math.max(1, Math.round(60 * SCALE));

  // deterministic PRNG (mulberry32)
  var seed = 0x2545f491;
  function rnd() {
    seed = (seed + 0x6d2b79f5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function pick(a) { return a[Math.floor(rnd() * a.length)]; }
  function int(n) { return Math.floor(rnd() * n); }

  var WORDS = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut ' +
    'labore et dolore magna aliqua engine parser token bytecode garbage collector closure prototype ' +
    'iterator generator promise microtask realm intrinsic shape inline cache register stack frame ' +
    'übergröße naïve café 東京 данные').split(' ');

  function word() {
    var w = pick(WORDS);
    switch (int(14)) {
      case 0: return '**' + w + '**';
      case 1: return '*' + w + '*';
      case 2: return '`' + w + '()`';
      case 3: return '[' + w + '](https://example.com/' + w + '/' + int(100) + ' "' + w + '")';
      case 4: return '~~' + w + '~~';
      case 5: return w + '&' + pick(['amp;', 'lt;', 'copy;', '']) ;
      case 6: return '<span class="x">' + w + '</span>';
      case 7: return '_' + w + '_' + pick(['', ',', '.']);
      case 8: return 'https://spindle.example/' + w;
      default: return w;
    }
  }
  function sentence(n) {
    var s = [];
    for (var i = 0; i < n; i++) s.push(word());
    var t = s.join(' ');
    return t.charAt(0).toUpperCase() + t.slice(1) + pick(['.', '!', '?', ':', '.']);
  }
  function paragraph() {
    var s = [], n = 2 + int(5);
    for (var i = 0; i < n; i++) s.push(sentence(4 + int(12)));
    return s.join(int(3) === 0 ? '\n' : ' ');
  }
  function list(depth) {
    var out = [], n = 2 + int(5), ordered = rnd() < 0.4;
    for (var i = 0; i < n; i++) {
      var ind = '';
      for (var d = 0; d < depth; d++) ind += ordered ? '   ' : '  ';
      var marker = ordered ? (i + 1) + '. ' : pick(['- ', '* ', '+ ']);
      if (!ordered && rnd() < 0.2) marker += pick(['[ ] ', '[x] ']);
      out.push(ind + marker + sentence(3 + int(8)));
      if (depth < 2 && rnd() < 0.25) out.push(list(depth + 1));
    }
    return out.join('\n');
  }
  function table() {
    var cols = 2 + int(4), rows = 2 + int(6), lines = [];
    var head = [], sep = [];
    for (var c = 0; c < cols; c++) { head.push(pick(WORDS)); sep.push(pick(['---', ':--', '--:', ':-:'])); }
    lines.push('| ' + head.join(' | ') + ' |');
    lines.push('| ' + sep.join(' | ') + ' |');
    for (var r = 0; r < rows; r++) {
      var row = [];
      for (var c2 = 0; c2 < cols; c2++) row.push(rnd() < 0.3 ? String(int(100000) / 100) : word());
      lines.push('| ' + row.join(' | ') + ' |');
    }
    return lines.join('\n');
  }
  function code() {
    var lines = ['```' + pick(['js', 'rust', 'python', '']), ], n = 2 + int(8);
    for (var i = 0; i < n; i++) {
      lines.push(pick(['  ', '', '    ']) + pick(['let', 'const', 'fn', 'if', 'return']) + ' ' +
        pick(WORDS) + ' = ' + int(1000) + ' < ' + pick(WORDS) + ' && "' + pick(WORDS) + '";');
    }
    lines.push('```');
    return lines.join('\n');
  }
  function document(k) {
    var out = ['# Document ' + k + ': ' + sentence(3)], sections = 6 + int(6);
    for (var s = 0; s < sections; s++) {
      out.push(pick(['## ', '### ', '#### ']) + sentence(2 + int(4)));
      var blocks = 3 + int(5);
      for (var b = 0; b < blocks; b++) {
        var x = rnd();
        if (x < 0.4) out.push(paragraph());
        else if (x < 0.6) out.push(list(0));
        else if (x < 0.7) out.push(table());
        else if (x < 0.8) out.push(code());
        else if (x < 0.88) out.push('> ' + paragraph().split('\n').join('\n> '));
        else if (x < 0.93) out.push('    indented code ' + int(1000) + '\n    ' + pick(WORDS));
        else if (x < 0.96) out.push(pick(['---', '***', '___']));
        else out.push('Setext ' + sentence(3) + '\n' + pick(['====', '----']));
      }
    }
    return out.join('\n\n') + '\n';
  }

  var h = 0x811c9dc5, chars = 0, tokens = 0;
  function countTokens(list) {
    for (var i = 0; i < list.length; i++) {
      tokens++;
      if (list[i].tokens) countTokens(list[i].tokens);
      if (list[i].items) countTokens(list[i].items);
    }
  }
  var md = new Marked({ gfm: true, breaks: false });
  for (var d = 0; d < DOCS; d++) {
    var src = document(d);
    var html = md.parse(src);
    if (d % 4 === 0) countTokens(md.lexer(src));
    chars += html.length;
    for (var i = 0; i < html.length; i++) h = Math.imul(h ^ html.charCodeAt(i), 16777619) >>> 0;
  }
  return DOCS + ' ' + chars + ' ' + tokens + ' ' + h.toString(16);
})();
console.log('checksum: ' + CHECKSUM);
