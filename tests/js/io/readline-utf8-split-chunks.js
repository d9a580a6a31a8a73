// multi-byte UTF-8 characters cut inside their bytes across Buffer chunks are decoded whole (string_decoder)
const { Readable } = require('stream');
const readline = require('readline');

function cut(text, positions) {
  const bytes = Buffer.from(text);
  const chunks = [];
  let start = 0;
  for (const p of positions) {
    chunks.push(bytes.subarray(start, p));
    start = p;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

function run(chunks) {
  return new Promise((resolve) => {
    const lines = [];
    const rl = readline.createInterface({ input: Readable.from(chunks) });
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => resolve(lines));
  });
}

(async () => {
  const text = 'héllo\nwörld €\n😀 smile\n日本語';
  const total = Buffer.byteLength(text);
  console.log('bytes', total);
  console.log(await run(cut(text, [2, 9, 13, 16, 19, 20])));
  // Every single cut position gives the same lines.
  let same = 0;
  for (let i = 1; i < total; i++) {
    const lines = await run(cut(text, [i]));
    if (lines.join('|') === text.split('\n').join('|')) same++;
  }
  console.log('single cuts ok', same, 'of', total - 1);
  // One byte per chunk.
  const oneByOne = await run(cut(text, Array.from({ length: total - 1 }, (_, i) => i + 1)));
  console.log('byte by byte', JSON.stringify(oneByOne));
  // An incomplete character at the very end is dropped (readline never flushes the decoder).
  const truncated = Buffer.from('ok\nend€').subarray(0, 7);
  console.log('truncated', JSON.stringify(await run([truncated])));
})();
