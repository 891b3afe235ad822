// Child process of the memory benchmark: opens COUNT SSE connections to URL (loopback only) with
// the given Authorization, reports {open: n} to the parent once each has received its first bytes,
// and closes them all when the parent sends "close" (or after a time limit).
import { request } from 'node:http';

const [url, authorization, countText, limitMsText] = process.argv.slice(2);
const count = Number(countText);
const target = new URL(url);
if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error('Loopback only');
const requests = [];
let open = 0;
for (let i = 0; i < count; i++) {
  const req = request(
    target,
    { agent: false, headers: { authorization, accept: 'text/event-stream' } },
    (res) => {
      res.once('data', () => {
        open += 1;
        if (open === count) process.send?.({ open });
      });
      res.on('data', () => undefined);
      res.on('error', () => undefined);
    },
  );
  req.on('error', () => undefined);
  req.end();
  requests.push(req);
}
const closeAll = () => {
  for (const req of requests) req.destroy();
  setTimeout(() => process.exit(0), 200);
};
process.on('message', (message) => {
  if (message === 'close') closeAll();
});
setTimeout(closeAll, Number(limitMsText)).unref();
