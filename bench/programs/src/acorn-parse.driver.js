// acorn-parse: acorn@{{acorn}} (MIT) parses its own ES-module source (dist/acorn.mjs, ~230 KB, embedded as a string) several times and walks every AST.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
//@@BUNDLE@@
// ---- benchmark driver ----
var CHECKSUM = (function () {
  var acorn = acornLib;
  var src = ACORN_SOURCE;
  // At SCALE 1 the full source is parsed REPS times; below that a prefix made of whole top-level
  // statements (cut at a line that starts a new one) is parsed, so SCALE 0.01 still parses code.
  var REPS = 5;
  var text = src;
  var want = Math.floor(src.length * REPS * SCALE);
  var reps = Math.max(1, Math.floor(want / src.length));
  if (want < src.length) {
    // cut before the first top-level `function`/`var`/`export` line past `want` characters
    var re = /\n(?=(?:function|var|export|const|let|class) )/g;
    re.lastIndex = Math.max(0, want);
    var m = re.exec(src);
    text = m ? src.slice(0, m.index + 1) : src;
    reps = 1;
  }

  var h = 0x811c9dc5;
  function mix(n) { h = Math.imul(h ^ n, 16777619) >>> 0; }
  function mixStr(s) { for (var i = 0; i < s.length; i++) mix(s.charCodeAt(i)); }

  var nodes = 0;
  function walk(node) {
    nodes++;
    mixStr(node.type);
    mix(node.start); mix(node.end);
    var keys = Object.keys(node);
    for (var k = 0; k < keys.length; k++) {
      var v = node[keys[k]];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (var j = 0; j < v.length; j++) if (v[j] && typeof v[j].type === 'string') walk(v[j]);
      } else if (typeof v.type === 'string') {
        walk(v);
      }
    }
  }

  var tokens = 0, comments = 0;
  for (var r = 0; r < reps; r++) {
    var opts = { ecmaVersion: 'latest', sourceType: 'module', locations: (r & 1) === 1,
      onComment: function () { comments++; } };
    var ast = acorn.parse(text, opts);
    walk(ast);
    if (ast.loc) mix(ast.loc.end.line);
  }
  // one tokenizer pass over the same text
  var t = acorn.tokenizer(text, { ecmaVersion: 'latest', sourceType: 'module' });
  for (;;) {
    var tok = t.getToken();
    if (tok.type === acorn.tokTypes.eof) break;
    tokens++;
    mix(tok.start);
    mixStr(tok.type.label);
  }
  return nodes + ' ' + tokens + ' ' + comments + ' ' + h.toString(16);
})();
console.log('checksum: ' + CHECKSUM);
