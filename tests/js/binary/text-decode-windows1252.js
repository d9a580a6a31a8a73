// TextDecoder windows-1252 (labels latin1, ascii, iso-8859-1 …): bytes 0x80-0x9F map to the windows-1252 characters (expected output from Node 24: Node 20 drops them; the bytes the table leaves unassigned are not used since Node drops those too)
const bytes = [0x41, 0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f, 0xa0, 0xe9, 0xff];
for (const label of ["windows-1252", "latin1", "ascii", "iso-8859-1", "us-ascii", "cp1252", "x-cp1252", "l1"]) {
  const td = new TextDecoder(label);
  const s = td.decode(new Uint8Array(bytes));
  console.log(label, td.encoding, s.length, JSON.stringify(s));
}
const td = new TextDecoder("latin1");
console.log(JSON.stringify(td.decode(new Uint8Array([0xe9]), { stream: true }) + td.decode(new Uint8Array([0x41]))));
