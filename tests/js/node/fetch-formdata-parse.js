// formData() on Response and Request bodies: urlencoded bodies (the Content-Type's essence, any case or parameters), multipart bodies written by hand and round trips of a FormData (strings, files with name/type/bytes, escaped names), a file part without Content-Type is text/plain, failures: no or other Content-Type (TypeError with its message), multipart bodies that do not parse, a used body
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : `${v.constructor.name}(${JSON.stringify(v.name)}, ${JSON.stringify(v.type)}, ${v.size})`);
const list = (fd) => [...fd].map(([k, v]) => `${JSON.stringify(k)}=${show(v)}`).join(' | ');
const parse = async (label, body, type) => {
  try {
    const fd = await new Response(body, { headers: type === undefined ? {} : { 'content-type': type } }).formData();
    console.log(label, fd instanceof FormData, list(fd));
    return fd;
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};
const multipart = (parts, boundary = 'XyZ') => parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`;
const MP = 'multipart/form-data; boundary=XyZ';

(async () => {
  // application/x-www-form-urlencoded
  await parse('urlencoded', 'a=1&b=%20x+y&a=2&&c&=e&%zz=%&%C3%A9=%E2%9C%93', 'application/x-www-form-urlencoded');
  await parse('urlencoded with charset', 'a=1', 'application/x-www-form-urlencoded;charset=UTF-8');
  await parse('urlencoded any case', 'a=1', 'Application/X-WWW-Form-URLEncoded');
  await parse('urlencoded empty', '', 'application/x-www-form-urlencoded');
  await parse('URLSearchParams body', new URLSearchParams([['x', 'é'], ['y', '1 2']]));
  await parse('urlencoded bytes', new Uint8Array([0x61, 0x3d, 0xc3, 0xa9]), 'application/x-www-form-urlencoded');

  // multipart/form-data written by hand
  await parse('multipart', multipart([
    'Content-Disposition: form-data; name="a"\r\n\r\nvalue',
    'Content-Disposition: form-data; name="f"; filename="f.txt"\r\nContent-Type: text/html\r\n\r\n<b>file</b>',
    'Content-Disposition: form-data; name="a"\r\n\r\nsecond',
  ]), MP);
  await parse('quoted boundary', multipart(['Content-Disposition: form-data; name="a"\r\n\r\nv'], 'a b'), 'multipart/form-data; boundary="a b"');
  await parse('boundary parameter case', multipart(['Content-Disposition: form-data; name="a"\r\n\r\nv']), 'Multipart/Form-Data; BOUNDARY=XyZ');
  await parse('file without Content-Type', multipart(['Content-Disposition: form-data; name="f"; filename="x.bin"\r\n\r\nzz']), MP);
  await parse('file type with parameters', multipart(['Content-Disposition: form-data; name="f"; filename="a"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nv']), MP);
  await parse('header names any case', multipart(['content-disposition: form-data; name="a"\r\nCONTENT-TYPE: text/html\r\n\r\nv']), MP);
  await parse('escaped names', multipart(['Content-Disposition: form-data; name="a%22b%0D%0Ac"; filename="c%0Ad%22.txt"\r\n\r\nzz']), MP);
  await parse('UTF-8 names and values', multipart(['Content-Disposition: form-data; name="é"\r\n\r\nü ✓', 'Content-Disposition: form-data; name="f"; filename="ü.txt"\r\n\r\n']), MP);
  await parse('value line breaks kept', multipart(['Content-Disposition: form-data; name="a"\r\n\r\nl1\r\nl2\nl3\r\n']), MP);
  await parse('empty value', multipart(['Content-Disposition: form-data; name="a"\r\n\r\n']), MP);
  await parse('no parts', '--XyZ--\r\n', MP);
  await parse('Content-Type ignored for a string part', multipart(['Content-Disposition: form-data; name="a"\r\nContent-Type: application/json\r\n\r\n{}']), MP);
  const fileFd = await parse('file bytes', new Uint8Array([...new TextEncoder().encode('--XyZ\r\nContent-Disposition: form-data; name="b"; filename="b.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'), 0, 13, 10, 255, ...new TextEncoder().encode('\r\n--XyZ--\r\n')]), MP);
  const file = fileFd.get('b');
  console.log('file bytes', file instanceof File, new Uint8Array(await file.arrayBuffer()));

  // Round trips through a multipart body
  const source = new FormData();
  source.append('s', 'str\nline');
  source.append('s', 'again');
  source.append('f', new File(['hello file'], 'h.txt', { type: 'text/plain' }));
  source.append('b', new Blob([new Uint8Array([0, 255])]));
  source.append('typed blob', new Blob(['{}'], { type: 'application/json' }), 'data.json');
  source.append('q"n', 'v');
  source.append('l\nn', 'v');
  source.append('odd file', new File(['x'], 'we"ird\nna\rme.txt'));
  source.append('', 'empty name');
  const back = await new Response(source).formData();
  console.log('round trip', list(back));
  console.log('file part', back.get('f') instanceof File, back.get('f').name, back.get('f').type, await back.get('f').text());
  console.log('blob part', back.get('b').name, back.get('b').type, new Uint8Array(await back.get('b').arrayBuffer()));
  console.log('new objects', back.get('f') !== source.get('f'));
  const request = new Request('http://example.com/', { method: 'POST', body: source });
  const fromRequest = await request.formData();
  console.log('request round trip', list(fromRequest) === list(back), request.bodyUsed);
  const urlRequest = new Request('http://example.com/', { method: 'PUT', body: new URLSearchParams('a=1&b=2&a=3') });
  console.log('request urlencoded', list(await urlRequest.formData()));

  // Failures
  await parse('no Content-Type', new Uint8Array([0x61, 0x3d, 0x31]));
  await parse('text/plain', 'a=1', 'text/plain');
  await parse('string body', 'a=1');
  await parse('multipart without boundary', 'x', 'multipart/form-data');
  await parse('not multipart', 'garbage', MP);
  await parse('part without a name', multipart(['Content-Disposition: form-data\r\n\r\nv']), MP);
  await parse('no closing delimiter', '--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nv', MP);
  try {
    await new Request('http://example.com/', { method: 'POST', body: 'a=1' }).formData();
    console.log('request text/plain resolved');
  } catch (e) {
    console.log('request text/plain', e.name);
  }
  try {
    await request.formData();
    console.log('used request resolved');
  } catch (e) {
    console.log('used request', e.name, e.message);
  }
  const empty = new Response(null, { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  console.log('null body', list(await empty.formData()), empty.bodyUsed);
  await Response.prototype.formData.call({}).catch((e) => console.log('brand', e.name));
})();
