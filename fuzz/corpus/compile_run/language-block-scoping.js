// block-level scoping of let/const/class and nested blocks
{
  let a = 1;
  const b = 2;
  class C {}
  console.log(a, b, typeof C);
}
console.log(typeof a, typeof b, typeof C);

let v = 'global';
if (true) {
  let v = 'if';
  if (true) {
    let v = 'nested';
    console.log(v);
  }
  console.log(v);
}
console.log(v);

for (let i = 0; i < 1; i++) {
  let i = 'body';
  console.log('body shadows loop var', i);
}

let fns = [];
{
  let n = 1;
  fns.push(() => n);
  n = 2;
}
console.log(fns[0]());

try {
  {
    let hidden = 1;
  }
  hidden;
} catch (e) {
  console.log(e.name);
}

label: {
  let inside = 'labelled block';
  console.log(inside);
  break label;
}
console.log('done');
