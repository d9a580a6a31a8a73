// which using / await using forms parse: checked with new Function, printing SyntaxError names only
const AsyncFunction = (async () => {}).constructor;
const cases = [
  ['block using', 'function', '{ using x = null; }'],
  ['using without initializer', 'function', '{ using x; }'],
  ['using with destructuring', 'function', '{ using { a } = null; }'],
  ['using [a] is a member expression', 'function', 'var using = [1], a = 0; return using [a];'],
  ['using as identifier', 'function', 'var using = 1; return using;'],
  ['using newline name is not a declaration', 'function', 'var using, x; using\nx = 1;'],
  ['for-in with using', 'function', 'for (using x in {}) {}'],
  ['for-of with using', 'function', 'for (using x of []) {}'],
  ['for (using of of [])', 'function', 'for (using of of []) {}'],
  ['for (using of [])', 'function', 'var using; for (using of []) {}'],
  ['for classic using', 'function', 'for (using x = null; false;) {}'],
  ['using in bare if', 'function', 'if (true) using x = null;'],
  ['using named let', 'function', '{ using let = null; }'],
  ['duplicate using bindings', 'function', '{ using x = null, x = null; }'],
  ['using and let same name', 'function', '{ let x; using x = null; }'],
  ['await using in sync function', 'function', '{ await using x = null; }'],
  ['await using in async function', 'async', '{ await using x = null; }'],
  ['await using in generator', 'function', 'function* g() { await using x = null; }'],
  ['await using in class static block', 'function', 'class C { static { await using x = null; } }'],
  ['await using in arrow inside async function', 'async', '() => { await using x = null; };'],
  ['await using in async arrow', 'function', 'async () => { await using x = null; };'],
  ['await using without initializer', 'async', '{ await using x; }'],
  ['await using in for-await-of', 'async', 'for await (await using x of []) {}'],
  ['await using in for-in', 'async', 'for (await using x in {}) {}'],
  ['await newline using', 'async', 'var using; await\nusing;'],
  ['using in catch block', 'function', 'try {} catch (e) { using x = null; }'],
  ['using in catch block without binding', 'function', 'try {} catch { using x = null; }'],
  ['using in finally block', 'function', 'try {} finally { using x = null; }'],
  ['using at top of class static block', 'function', 'class C { static { using x = null; } }'],
  ['using in labelled statement', 'function', 'l: using x = null;'],
];
for (const [label, kind, src] of cases) {
  try {
    if (kind === 'async') new AsyncFunction(src);
    else new Function(src);
    console.log(label + ': ok');
  } catch (e) {
    console.log(label + ': ' + e.name);
  }
}
try {
  (0, eval)('using x = null;');
  console.log('global script using: ok');
} catch (e) {
  console.log('global script using: ' + e.name);
}
try {
  (0, eval)('{ using x = { [Symbol.dispose]() { console.log("disposed in eval block"); } }; }');
  console.log('global script block using: ok');
} catch (e) {
  console.log('global script block using: ' + e.name);
}
console.log('using [a] value: ' + new Function('var using = [7, 8], a = 1; return using [a];')());
