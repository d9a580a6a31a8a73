for (const [p, b] of [["a) {}, (function (b", ""], ["/*", "*/){"], ["a /* x */, b", "return a+b"], ["", "}); (function(){"], ["a //", "return a"]]) {
  try { const f = Function(p, b); console.log(String(f), f(1,2)); } catch (e) { console.log(e.name); }
}
