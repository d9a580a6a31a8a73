// `using` / `await using` with Node's disposable fs resources: mkdtempDisposable(Sync), Dir and FileHandle close when the scope ends
// Expected output: Node 24 (mkdtempDisposable and Dir's dispose methods are newer than Node 20).
const fs = require('fs');
const path = require('path');
const os = require('os');

{
  using tmp = fs.mkdtempDisposableSync(path.join(os.tmpdir(), 'spindle-using-'));
  fs.writeFileSync(path.join(tmp.path, 'a.txt'), 'hello');
  globalThis.syncPath = tmp.path;
  console.log('inside: exists', fs.existsSync(tmp.path), Reflect.ownKeys(tmp).map(String).join(' '));
}
console.log('after sync scope: exists', fs.existsSync(globalThis.syncPath));

async function main() {
  let kept;
  {
    await using tmp = await fs.promises.mkdtempDisposable(path.join(os.tmpdir(), 'spindle-using-'));
    kept = tmp.path;
    fs.writeFileSync(path.join(tmp.path, 'b.txt'), 'world');
    fs.mkdirSync(path.join(tmp.path, 'sub'));
    {
      using dir = fs.opendirSync(tmp.path);
      const names = [];
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name);
      console.log('entries:', names.sort().join(','));
    }
    {
      await using dir = await fs.promises.opendir(tmp.path);
      let n = 0;
      for await (const _ of dir) n++;
      console.log('async dir entries:', n);
    }
    {
      await using fh = await fs.promises.open(path.join(tmp.path, 'b.txt'));
      const { bytesRead } = await fh.read(Buffer.alloc(5), 0, 5, 0);
      console.log('read', bytesRead, 'bytes');
      globalThis.fh = fh;
    }
    console.log('file handle closed:', globalThis.fh.fd === -1);
    const d = fs.opendirSync(tmp.path);
    d.closeSync();
    d[Symbol.dispose]();
    await d[Symbol.asyncDispose]();
    console.log('disposing a closed Dir is a no-op');
  }
  console.log('after async scope: exists', fs.existsSync(kept));
}
main();
