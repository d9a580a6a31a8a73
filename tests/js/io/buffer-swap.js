// buf.swap16 / swap32 / swap64 swap byte order in place and return the buffer; sizes that are not multiples throw
function t(label, f) {
  try { console.log(label.padEnd(16), f()); } catch (e) { console.log(label.padEnd(16), '|', e.name, '|', e.code, '|', e.message); }
}
const mk = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = i + 1; return b; };
t('swap16 8', () => mk(8).swap16().toString('hex'));
t('swap32 8', () => mk(8).swap32().toString('hex'));
t('swap64 8', () => mk(8).swap64().toString('hex'));
t('swap16 0', () => mk(0).swap16().length);
t('swap64 16', () => mk(16).swap64().toString('hex'));
t('swap16 large', () => { const b = mk(200).swap16(); return b[0] + ',' + b[1] + ',' + b[198] + ',' + b[199]; });
t('swap32 large', () => { const b = mk(200).swap32(); return b[0] + ',' + b[3] + ',' + b[196] + ',' + b[199]; });
t('swap64 large', () => { const b = mk(200).swap64(); return b[0] + ',' + b[7] + ',' + b[192] + ',' + b[199]; });
t('swap16 3', () => mk(3).swap16());
t('swap32 6', () => mk(6).swap32());
t('swap64 12', () => mk(12).swap64());
t('swap16 1', () => mk(1).swap16());
t('returns this', () => { const b = mk(4); return b.swap16() === b; });
t('subarray', () => { const b = mk(6); b.subarray(1, 5).swap16(); return b.toString('hex'); });
t('twice', () => mk(8).swap32().swap32().toString('hex'));
t('utf16be trick', () => Buffer.from('\u00feA', 'utf16le').swap16().toString('hex'));
t('on Uint8Array', () => Buffer.prototype.swap16.call(new Uint8Array([1, 2])).join(','));
