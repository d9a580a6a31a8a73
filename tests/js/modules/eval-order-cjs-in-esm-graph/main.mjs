// evaluation order: CommonJS modules imported from ESM run at their place in the graph's post-order; their requires run inline
import './a.mjs';
import './b.cjs';
import './c.mjs';
import './b.cjs';
console.log('main');
