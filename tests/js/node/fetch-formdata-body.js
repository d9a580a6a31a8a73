// FormData as a Response or Request body (HTML's multipart/form-data encoding): the Content-Type "multipart/form-data; boundary=..." (the boundary differs between runtimes: masked), the body text with the boundary masked, names with CR/LF normalized to CRLF then escaped, file names with '"', CR, LF escaped, string values with lone CR/LF turned into CRLF, file parts with their type or application/octet-stream
const show = (s) => JSON.stringify(s);
const masked = async (label, r, print = true) => {
  const type = r.headers.get('content-type');
  const match = /^multipart\/form-data; boundary=(.+)$/.exec(type);
  console.log(label, 'content-type ok', match !== null);
  const boundary = match[1];
  console.log(label, 'boundary is an RFC 2046 boundary', /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/.test(boundary));
  const text = (await r.text()).split(boundary).join('BOUNDARY');
  if (print) {
    console.log(label, 'body:');
    console.log(show(text).replace(/\\r\\n/g, '\\r\\n\n'));
  }
  return text;
};

(async () => {
  const fd = new FormData();
  fd.append('field', 'value');
  fd.append('empty', '');
  fd.append('unicode', 'héllo ✓ 😀');
  fd.append('lines', 'a\nb\rc\r\nd\n\re');
  fd.append('quote"name', 'q');
  fd.append('line\nname', 'n1');
  fd.append('cr\rname', 'n2');
  fd.append('crlf\r\nname', 'n3');
  fd.append('blob', new Blob(['blob content'], { type: 'text/plain' }));
  fd.append('untyped', new Blob([new Uint8Array([0, 1, 2, 255])]));
  fd.append('file', new File(['{"a":1}'], 'data.json', { type: 'application/json' }));
  fd.append('odd file', new File(['x'], 'we"ird\nna\rme.txt', { type: 'text/plain' }));
  fd.append('file value lines', new File(['keep\nme'], 'raw.txt'));
  const fromResponse = await masked('response', new Response(fd));

  // The same entries through a Request; a Content-Type given in init wins
  const fromRequest = await masked('request', new Request('http://example.com/', { method: 'POST', body: fd }), false);
  console.log('request body is the same', fromRequest === fromResponse);
  const own = new Request('http://example.com/', { method: 'POST', body: fd, headers: { 'Content-Type': 'text/x-mine' } });
  console.log('own content-type', own.headers.get('content-type'));

  // An empty FormData is only the closing delimiter
  await masked('empty', new Response(new FormData()));

  // The body is a byte stream; its bytes include a file's bytes unchanged
  const bytes = new Uint8Array(await new Response(fd).arrayBuffer());
  const at = bytes.indexOf(255);
  console.log('raw bytes kept', [...bytes.subarray(at - 3, at + 1)]);

  // Each body serializes again, with entries as they are at that time
  const again = new FormData();
  again.append('only', 'one');
  const r1 = new Response(again);
  again.append('later', 'two');
  await masked('snapshot', r1);
})();
