// which object keys are printed bare and which are quoted
console.log({ abc: 1, ABC: 2, a1: 3, _: 4, __proto_: 5 });
console.log({ '1a': 1, 'a b': 2, 'a.b': 3, 'a-b': 4 });
console.log({ $: 1, café: 2 });
console.log({ 0: 'zero', 10: 'ten', '-1': 'minus one', '1.5': 'fraction' });
console.log({ 'it\'s': 1, 'say "x"': 2 });
console.log({ 'new\nline': 1, 'tab\tkey': 2 });
console.log({ class: 1, function: 2, null: 3, undefined: 4 });
console.log({ ['__proto__']: 'own proto key' });
