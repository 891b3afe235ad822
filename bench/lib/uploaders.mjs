// Child process of the upload benchmark: PARALLEL loops each POST a 10 MiB PDF (multipart field
// `file`) to URL (loopback only) with the given Authorization, one after another, until the parent
// sends "close", each has sent MAX uploads, or the time limit passes; then reports
// {uploads, failed, ms} and exits.
const [url, authorization, parallelText, maxText, limitMsText] = process.argv.slice(2);
const target = new URL(url);
if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error('Loopback only');
const SIZE = 10 * 1024 * 1024 - 4096;
const bytes = new Uint8Array(SIZE);
bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
const file = new Blob([bytes], { type: 'application/pdf' });
const started = performance.now();
let stop = false;
let uploads = 0;
let failed = 0;
const loop = async () => {
  for (let i = 0; i < Number(maxText) && !stop; i++) {
    const form = new FormData();
    form.append('file', file, 'bench.pdf');
    try {
      const response = await fetch(target, { method: 'POST', headers: { authorization }, body: form });
      await response.arrayBuffer();
      if (response.ok) uploads += 1;
      else failed += 1;
    } catch {
      failed += 1;
    }
  }
};
const finish = () => {
  stop = true;
};
process.on('message', (message) => {
  if (message === 'close') finish();
});
setTimeout(finish, Number(limitMsText)).unref();
process.send?.('started');
await Promise.all(Array.from({ length: Number(parallelText) }, loop));
process.send?.({ uploads, failed, ms: Math.round(performance.now() - started) });
process.exit(0);
