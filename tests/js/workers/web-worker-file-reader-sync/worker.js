onmessage = (e) => {
  const reader = new FileReaderSync();
  const blob = e.data;
  postMessage([
    Object.prototype.toString.call(reader),
    reader.readAsText(blob),
    reader.readAsText(new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])]), 'windows-1252'),
    [...new Uint8Array(reader.readAsArrayBuffer(blob))].join(','),
    JSON.stringify(reader.readAsBinaryString(new Blob([new Uint8Array([0xff, 0x41])]))),
    reader.readAsDataURL(blob),
    (() => { try { reader.readAsText('no blob'); } catch (err) { return err.name; } })(),
  ]);
};
