// ?? returns the right side only for null/undefined, and short-circuits
console.log(null ?? 'default', undefined ?? 'default', 0 ?? 'default', '' ?? 'default', false ?? 'default', NaN ?? 'default');
console.log(0 || 'default', '' || 'default');

let evaluated = false;
const rhs = () => { evaluated = true; return 'rhs'; };
console.log('value' ?? rhs(), evaluated);
console.log(null ?? rhs(), evaluated);

// chaining
console.log(null ?? undefined ?? 'third', null ?? 0 ?? 'not reached');

// with member access on missing props
const config = { timeout: 0, retries: null };
console.log(config.timeout ?? 30, config.retries ?? 3, config.missing ?? 'none');

// mixing with || or && requires parentheses
try {
  eval('null || undefined ?? 1');
} catch (e) {
  console.log('mixing without parens', e.name);
}
console.log((null || undefined) ?? 'parens ok', null ?? (0 || 'inner'));

// precedence relative to the conditional operator
console.log(null ?? false ? 'truthy' : 'falsy');

// document.all-like values do not exist here; objects are never nullish
console.log({} ?? 'x', [] ?? 'y');
