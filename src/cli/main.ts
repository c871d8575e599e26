#!/usr/bin/env node
// `wharf` command line. `serve` is the contract outside tools rely on: flags
// --amqp-port, --http-port, --data-dir, --host, --config; flags override the file.
// The operator commands (overview, queues, queue, publish, dlq, alerts) are clients of
// the management HTTP API only, like rabbitmqadmin.
import { Command } from 'commander';
import { VERSION } from '../version.js';
import { alertsCommand, dlqListCommand, dlqReplayCommand } from './commands/alerts.js';
import { positiveInt, withApiOptions } from './commands/common.js';
import { overviewCommand } from './commands/overview.js';
import { collectHeader, publishCommand } from './commands/publish.js';
import { queueGetCommand, queuePurgeCommand, queuesCommand } from './commands/queues.js';
import { serve } from './serve.js';

const program = new Command();
program.name('wharf').description('A fast single-node message broker speaking AMQP 0-9-1').version(VERSION);

program
  .command('serve')
  .description('start the broker')
  .option('--config <file>', 'JSON config file (flags override it)')
  .option('--host <host>', 'address to listen on (default 0.0.0.0)')
  .option('--amqp-port <port>', 'AMQP port (default 5672; 0 picks a free one)')
  .option('--http-port <port>', 'management HTTP port (default 15672; 0 picks a free one)')
  .option('--data-dir <dir>', 'where durable data lives (default ./data)')
  .option('--log-level <level>', 'trace|debug|info|warn|error (default info)')
  .option('--load-definitions <file>', 'import this definitions file (RabbitMQ format) at start')
  .action(async (opts) => {
    process.exitCode = await serve(opts);
  });

withApiOptions(program.command('overview').description('totals and message rates')).action(overviewCommand);

withApiOptions(program.command('queues').description('list queues with depth, consumers and rates'))
  .option('--sort <key>', 'depth|name|age', 'name')
  .action(queuesCommand);

const queue = program.command('queue').description('inspect or purge one queue');
withApiOptions(queue.command('get <name>').description('peek at messages (requeued unless --ack)'))
  .option('--count <n>', 'how many messages', positiveInt, 1)
  .option('--ack', 'remove the messages instead of requeueing them')
  .action(queueGetCommand);
withApiOptions(queue.command('purge <name>').description('delete every ready message')).action(
  queuePurgeCommand,
);

withApiOptions(
  program
    .command('publish <exchange> <routing-key> <payload>')
    .description("publish one message ('' or amq.default: the default exchange); exit 2 when not routed"),
)
  .option('--persistent', 'delivery mode 2')
  .option('--header <k=v>', 'a message header (repeatable)', collectHeader, [])
  .action(publishCommand);

const dlq = program.command('dlq').description('dead-letter queues');
withApiOptions(dlq.command('list').description('dead-letter queues holding messages')).action(dlqListCommand);
withApiOptions(
  dlq.command('replay <queue>').description('move dead-lettered messages back (or to --to-exchange)'),
)
  .option('--count <n>', 'at most this many messages', positiveInt)
  .option('--reason <reason>', 'only messages whose last death had this reason (rejected, expired, ...)')
  .option('--to-exchange <exchange>', 'publish to this exchange instead of the original queue')
  .option('--routing-key <key>', 'routing key with --to-exchange')
  .action(dlqReplayCommand);

withApiOptions(
  program.command('alerts').description('firing alerts; exit 1 while a critical alert fires'),
).action(alertsCommand);

program.parseAsync(process.argv).catch((err) => {
  console.error(`wharf: ${err.message}`);
  process.exit(1);
});
