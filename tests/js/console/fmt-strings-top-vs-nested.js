// top-level strings are printed raw, nested strings are quoted and escaped
console.log('a\'b', ['a\'b']);
console.log('x\ny', { s: 'x\ny' });
console.log('tab\t', ['tab\t']);
console.log('', [''], { '': '' });
console.log('\u00e9', ['\u00e9']);
console.log('😀', ['😀'], { '😀': 1 });
console.log('back\\slash', ['back\\slash']);
