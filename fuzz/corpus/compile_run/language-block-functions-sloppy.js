// function declarations inside blocks in sloppy mode (Annex B semantics)
console.log('before block', typeof f);
{
  console.log('inside block', typeof f);
  function f() { return 'f'; }
}
console.log('after block', typeof f, f());

if (true) {
  function g() { return 'g from if'; }
}
console.log(g());

if (false) {
  function never() {}
}
console.log('not evaluated', typeof never);

function outer() {
  console.log('outer before', typeof h);
  {
    function h() { return 1; }
  }
  console.log('outer after', typeof h);
}
outer();

function strict() {
  'use strict';
  {
    function s() {}
    console.log('strict inside', typeof s);
  }
  console.log('strict outside', typeof s);
}
strict();

{
  function twice() { return 'a'; }
}
{
  function twice() { return 'b'; }
}
console.log(twice());
