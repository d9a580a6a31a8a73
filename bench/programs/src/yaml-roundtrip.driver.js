// yaml-roundtrip: js-yaml@{{js-yaml}} (MIT) dumps generated configuration-like objects (nested maps, lists, multi-line and quoted strings, numbers) to YAML, loads them back and dumps again; checksum hashes the YAML text.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
//@@BUNDLE@@
// ---- benchmark driver ----
var CHECKSUM = (function () {
  var yaml = yamlLib;
  var DOCS = Math.max(1, Math.round(70 * SCALE));

  var seed = 20240611;
  function rnd() { // LCG, 31 bits
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 2147483648;
  }
  function int(n) { return Math.floor(rnd() * n); }
  function pick(a) { return a[int(a.length)]; }
  var WORDS = ('alpha beta gamma delta service replica port image volume mount env secret ' +
    'yes no null true on off 0x1F 1e3 ~ - : # & * ! | > % @ ` café 日本 ключ').split(' ');

  function str() {
    switch (int(8)) {
      case 0: return pick(WORDS) + ': ' + pick(WORDS);          // needs quoting
      case 1: return pick(WORDS) + '\n' + pick(WORDS) + ' ' + pick(WORDS) + '\n'; // block scalar
      case 2: return ' ' + pick(WORDS) + ' ';                    // leading space
      case 3: return pick(WORDS);                                // may look like bool/null/number
      case 4: return 'tab\there "q" \'s\' \\ ' + int(100);
      default:
        var s = [], n = 1 + int(12);
        for (var i = 0; i < n; i++) s.push(pick(WORDS));
        return s.join(' ');
    }
  }
  function scalar() {
    switch (int(7)) {
      case 0: return int(100000) - 50000;
      case 1: return int(1000000) / 64;
      case 2: return rnd() < 0.5;
      case 3: return null;
      default: return str();
    }
  }
  function value(depth) {
    var x = rnd();
    if (depth > 4 || x < 0.55) return scalar();
    if (x < 0.75) {
      var arr = [], n = int(7);
      for (var i = 0; i < n; i++) arr.push(value(depth + 1));
      return arr;
    }
    var obj = {}, m = 1 + int(7);
    for (var j = 0; j < m; j++) obj[pick(WORDS).replace(/[^a-z]/g, '') + '_' + int(50)] = value(depth + 1);
    return obj;
  }
  function documentObj(k) {
    var services = {}, n = 8 + int(10);
    for (var i = 0; i < n; i++) {
      services['svc' + k + '_' + i] = {
        image: 'registry.example/' + pick(WORDS) + ':' + int(20) + '.' + int(10),
        replicas: 1 + int(5),
        ports: [8000 + int(1000), 9000 + int(1000)],
        env: value(1),
        labels: value(2),
        command: str()
      };
    }
    return { version: '3.' + k, name: 'doc ' + k, services: services, extra: value(0) };
  }

  // JSON text with keys sorted, so that documents dumped with sortKeys compare equal
  function canon(v) {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
    var keys = Object.keys(v).sort();
    return '{' + keys.map(function (k) { return JSON.stringify(k) + ':' + canon(v[k]); }).join(',') + '}';
  }
  var h = 0x811c9dc5, chars = 0, mismatches = 0;
  function mixStr(s) { for (var i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0; }
  for (var d = 0; d < DOCS; d++) {
    var obj = documentObj(d);
    var text = yaml.dump(obj, { lineWidth: 60, noRefs: true, sortKeys: d % 3 === 0 });
    var back = yaml.load(text);
    var text2 = yaml.dump(back, { lineWidth: 60, noRefs: true, sortKeys: d % 3 === 0 });
    if (text2 !== text) mismatches++;
    if (canon(back) !== canon(obj)) mismatches++;
    var flow = yaml.dump(obj, { flowLevel: 2 });
    if (canon(yaml.load(flow)) !== canon(obj)) mismatches++;
    chars += text.length + flow.length;
    mixStr(text); mixStr(flow);
  }
  return DOCS + ' ' + chars + ' ' + mismatches + ' ' + h.toString(16);
})();
console.log('checksum: ' + CHECKSUM);
