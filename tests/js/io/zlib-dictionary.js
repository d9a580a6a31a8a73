// Preset dictionaries: deflate/inflate and raw with options.dictionary (Buffer, ArrayBuffer), 'Missing dictionary' and 'Bad dictionary' (Z_NEED_DICT, errno 2)
const zlib = require('zlib');
const dict = Buffer.from('hello dictionary');
const b64 = (s) => Buffer.from(s, 'base64');
const attempt = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn().toString()));
  } catch (e) {
    console.log(label, Object.keys(e).join(','), e.errno, e.code, e.message);
  }
};
attempt('node fixture with dictionary', () => zlib.inflateSync(b64('eLs1KQZrywDzM9BEAWDKCJ8='), { dictionary: dict }));
attempt('node fixture without dictionary', () => zlib.inflateSync(b64('eLs1KQZrywDzM9BEAWDKCJ8=')));
attempt('node fixture wrong dictionary', () => zlib.inflateSync(b64('eLs1KQZrywDzM9BEAWDKCJ8='), { dictionary: Buffer.from('other') }));
attempt('round trip', () => zlib.inflateSync(zlib.deflateSync('hello hello dictionary', { dictionary: dict }), { dictionary: dict }));
attempt('ArrayBuffer dictionary', () => zlib.inflateSync(zlib.deflateSync('abcabc', { dictionary: new Uint8Array([97, 98, 99]).buffer }), { dictionary: new Uint8Array([97, 98, 99]).buffer }));
attempt('raw round trip', () => zlib.inflateRawSync(zlib.deflateRawSync('hello dictionary!', { dictionary: dict }), { dictionary: dict }));
attempt('unused dictionary on inflate', () => zlib.inflateSync(zlib.deflateSync('plain'), { dictionary: dict }));
zlib.inflate(b64('eLs1KQZrywDzM9BEAWDKCJ8='), (err) => console.log('callback missing', err.code, err.errno, err.message));
