// without the u flag, \u{N} is Annex B: an identity-escaped 'u' quantified {N} times, not a code point escape
console.log(/\u{61}/.test('a'), /\u{2}/.test('uu'), /^\u{3}$/.test('uuu'), /\u{1F600}/.test('😀'));
console.log(/[\u{61}]/.test('a'), /[\u{61}]/.test('{'), /[\u{61}]/.test('u'));
console.log(/\u{61}/u.test('a'), /[\u{61}]/u.test('{'));
