globalThis.ran.push('bad-strict');
with (globalThis) { console.log('no'); }
