// Deletes, from the RabbitMQ on 127.0.0.1:5672, the queues and exchanges test runs
// named with uniqueName() (`<prefix>-<10 hex digits>`, plus the `.dlq`/`.retry.*`
// queues the SDK derives from them). Tests delete what they declare, but a failed or
// killed test, or a queue a client library derived on its own, would otherwise pile up
// run after run on a RabbitMQ that is never restarted. Runs after the suite; does
// nothing when rabbitmqctl or RabbitMQ is absent. Never touches other names.
import { execFileSync } from 'node:child_process';
import amqp from 'amqplib';

const TEST_NAME = /-[0-9a-f]{10}(\.|$)/;

function list(what) {
  try {
    const out = execFileSync('rabbitmqctl', ['-q', 'list_' + what, 'name'], {
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out
      .split('\n')
      .slice(1) // header line
      .map((l) => l.trim())
      .filter((n) => TEST_NAME.test(n));
  } catch {
    return null;
  }
}

export async function cleanRabbitMQ() {
  const queues = list('queues');
  const exchanges = list('exchanges');
  if (queues === null || exchanges === null || queues.length + exchanges.length === 0) return 0;
  let conn;
  try {
    conn = await amqp.connect('amqp://guest:guest@127.0.0.1:5672');
  } catch {
    return 0;
  }
  conn.on('error', () => {});
  let n = 0;
  for (const [names, del] of [
    [queues, (ch, q) => ch.deleteQueue(q)],
    [exchanges, (ch, e) => ch.deleteExchange(e)],
  ]) {
    for (const name of names) {
      const ch = await conn.createChannel();
      ch.on('error', () => {});
      try {
        await del(ch, name);
        n++;
        await ch.close();
      } catch {
        // gone already, or in use by an exclusive owner: leave it
      }
    }
  }
  await conn.close().catch(() => {});
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`deleted ${await cleanRabbitMQ()} leftover test queues and exchanges on RabbitMQ`);
}
