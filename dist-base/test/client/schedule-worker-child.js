// A schedule worker in a process of its own, for the schedule takeover test: it joins
// the schedule `<name>` (every <ms>) and prints "ready" once its ticker consumes, so the
// parent can SIGKILL it while it is the active ticker.
//
// argv: <amqp url> <schedule name> <every ms>
import { connect } from '../../src/client/index.js';
const [amqpUrl, name, every] = process.argv.slice(2);
const client = await connect(amqpUrl);
client.on('error', (err) => process.stderr.write(`client error: ${err.message}\n`));
await client.schedule(name, { every: Number(every) });
process.stdout.write('ready\n');
//# sourceMappingURL=schedule-worker-child.js.map