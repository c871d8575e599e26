#!/usr/bin/env node
// `wharf` command line. `serve` is the contract outside tools rely on: flags
// --amqp-port, --http-port, --data-dir, --host, --config; flags override the file.
// The operator commands (status, overview, queues, exchanges, connections, peek,
// consume, purge, publish, dlq, definitions, shovel, alerts, topics, groups) are clients of the management
// HTTP API only, like rabbitmqadmin. Their exit codes are EXIT in api-client.ts,
// documented in docs/cli.md.
import { Command, Option } from 'commander';
import { VERSION } from '../version.js';
import { EXIT } from './api-client.js';
import { alertsCommand, dlqListCommand, dlqReplayCommand, REPLAY_CHUNK } from './commands/alerts.js';
import { nonNegativeNumber, positiveInt, withApiOptions, withProgressOptions } from './commands/common.js';
import { channelsCommand, connectionsCommand } from './commands/connections.js';
import { consumeCommand } from './commands/consume.js';
import { definitionsExportCommand, definitionsImportCommand } from './commands/definitions.js';
import { exchangesCommand } from './commands/exchanges.js';
import { overviewCommand } from './commands/overview.js';
import { collectHeader, publishCommand } from './commands/publish.js';
import { peekCommand, queueGetCommand, queuePurgeCommand, queuesCommand } from './commands/queues.js';
import { shovelCreateCommand, shovelDeleteCommand, shovelListCommand, shovelRestartCommand, shovelStatusCommand, } from './commands/shovel.js';
import { statusCommand } from './commands/status.js';
import { sqsKeysCreateCommand, sqsKeysDeleteCommand, sqsKeysListCommand } from './commands/sqs-keys.js';
import { groupDescribeCommand, groupResetCommand, groupsListCommand } from './commands/groups.js';
import { collectConfig, topicAlterCommand, topicCreateCommand, topicDeleteCommand, topicDescribeCommand, topicsListCommand, } from './commands/topics.js';
import { serve } from './serve.js';
const program = new Command();
program.name('wharf').description('A fast single-node message broker speaking AMQP 0-9-1').version(VERSION);
program
    .command('serve')
    .description('start the broker')
    .option('--config <file>', 'JSON config file (flags override it)')
    .option('--host <host>', 'address to listen on (default 0.0.0.0)')
    .option('--amqp-port <port>', 'AMQP port (default 5672; 0 picks a free one; false: none)')
    .option('--http-port <port>', 'management HTTP port (default 15672; 0 picks a free one; false: none)')
    .option('--data-dir <dir>', 'where durable data lives (default ./data)')
    .option('--storage <kind>', 'disk (default) | memory: no data dir, nothing survives a restart')
    .option('--log-level <level>', 'trace|debug|info|warn|error (default info)')
    .option('--load-definitions <file>', 'import this definitions file (RabbitMQ format) at start')
    .option('--recover-definitions', 'start even when the definitions log is unreadable (see docs/reliability.md)')
    .option('--tls-cert <file>', 'PEM server certificate: enables AMQPS (5671) and HTTPS (15671)')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option('--tls-ca <file>', 'PEM CA certificates for client certificates')
    .option('--amqps-port <port>', 'AMQPS port (default 5671 with TLS; false: none)')
    .option('--https-port <port>', 'management HTTPS port (default 15671 with TLS; false: none)')
    .option('--resp-port <port>', 'Redis Streams (RESP) port (default 6380; 0 picks a free one; false: none)')
    .option('--resps-port <port>', 'Redis Streams over TLS port (default: none; needs --tls-cert)')
    .option('--kafka-port <port>', 'Kafka protocol port (default 9092; 0 picks a free one; false: none)')
    .option('--sqs-port <port>', 'SQS/SNS API port (default 9324; 0 picks a free one; false: none)')
    .option('--sqss-port <port>', 'SQS/SNS API over HTTPS port (default: none; needs --tls-cert)')
    .option('--kafka-tls-port <port>', 'Kafka over TLS port (default 9093 with TLS; false: none)')
    .option('--kafka-advertised-host <host>', 'host Kafka clients are told to connect to (default: --host, or 127.0.0.1)')
    .option('--metrics-auth', 'GET /metrics needs a user with a management or monitoring tag (default: open)')
    .action(async (opts) => {
    process.exitCode = await serve(opts);
});
withApiOptions(program
    .command('status')
    .description('reachable?, version, uptime, alarms, totals, alerts; exit 3 on an alarm or critical alert')).action(statusCommand);
withApiOptions(program.command('overview').description('totals and message rates')).action(overviewCommand);
withApiOptions(program.command('queues').description('list queues with depth, consumers and rates'))
    .option('--sort <key>', 'depth|name|age', 'name')
    .action(queuesCommand);
withApiOptions(program.command('exchanges').description('list exchanges with type, flags and arguments')).action(exchangesCommand);
withApiOptions(program.command('connections').description('list client connections')).action(connectionsCommand);
withApiOptions(program.command('channels').description('list open channels')).action(channelsCommand);
withApiOptions(program
    .command('peek <queue>')
    .description('show messages with properties and headers, leaving them queued'))
    .option('--count <n>', 'how many messages', positiveInt, 1)
    .action(peekCommand);
withProgressOptions(withApiOptions(program
    .command('consume <queue>')
    .description('take messages and print their payloads one per line (--json: JSON Lines)')))
    .option('--count <n>', 'stop after this many messages (default: no limit)', positiveInt)
    .option('--timeout <seconds>', 'stop after this long (0: take what is there, do not wait)', nonNegativeNumber)
    .option('--ack', 'remove the messages from the queue (the default)')
    .addOption(new Option('--requeue', 'put them back: print up to --count messages once, like peek').conflicts('ack'))
    .option('--batch <n>', 'messages per request', positiveInt, 100)
    .action(consumeCommand);
withApiOptions(program.command('purge <queue>').description('delete every ready message of a queue')).action(queuePurgeCommand);
const queue = program.command('queue').description('one queue: get (peek or take) and purge');
withApiOptions(queue.command('get <name>').description('peek at messages (requeued unless --ack)'))
    .option('--count <n>', 'how many messages', positiveInt, 1)
    .option('--ack', 'remove the messages instead of requeueing them')
    .action(queueGetCommand);
withApiOptions(queue.command('purge <name>').description('delete every ready message (same as purge)')).action(queuePurgeCommand);
withApiOptions(program
    .command('publish <exchange> <routing-key> <payload>')
    .description(`publish one message ('' or amq.default: the default exchange); exit ${EXIT.NOT_ROUTED} when not routed`))
    .option('--persistent', 'delivery mode 2')
    .option('--header <k=v>', 'a message header (repeatable)', collectHeader, [])
    .action(publishCommand);
const dlq = program.command('dlq').description('dead-letter queues');
withApiOptions(dlq.command('list').description('dead-letter queues holding messages')).action(dlqListCommand);
withProgressOptions(withApiOptions(dlq
    .command('replay <queue>')
    .description('move dead-lettered messages back (or to --to-exchange), in chunks, with a progress bar')))
    .option('--count <n>', 'at most this many messages (default: the ready messages when it starts)', positiveInt)
    .option('--reason <reason>', 'only messages whose last death had this reason (rejected, expired, ...)')
    .option('--header <name=value>', 'only messages with this header value')
    .option('--to-exchange <exchange>', 'publish to this exchange instead of the original queue')
    .option('--routing-key <key>', 'routing key with --to-exchange')
    .option('--chunk <n>', 'messages per replay request', positiveInt, REPLAY_CHUNK)
    .action(dlqReplayCommand);
const definitions = program
    .command('definitions')
    .description("exchanges, queues and bindings in RabbitMQ's definitions format");
withApiOptions(definitions
    .command('export')
    .description('write the definitions (whole broker; with --vhost, that vhost) to stdout or --file'))
    .option('--file <file>', 'write here instead of stdout')
    .option('--without-shovels', 'leave out the shovels (parameters of component shovel)')
    .action((opts, cmd) => definitionsExportCommand({ ...opts, vhostGiven: cmd.getOptionValueSource('vhost') === 'cli' }));
withApiOptions(definitions.command('import <file>').description("apply a definitions document ('-': stdin)")).action((file, opts, cmd) => definitionsImportCommand(file, { ...opts, vhostGiven: cmd.getOptionValueSource('vhost') === 'cli' }));
const shovel = program
    .command('shovel')
    .description("move messages to another AMQP broker: RabbitMQ's dynamic shovels (docs/moving-to-a-cluster.md)");
withApiOptions(shovel.command('list').description('shovels of the vhost: state, source, destination, progress')).action(shovelListCommand);
withApiOptions(shovel.command('status <name>').description("one shovel's state and progress")).action(shovelStatusCommand);
withProgressOptions(withApiOptions(shovel
    .command('create <name>')
    .description('create (or replace) a shovel from a queue or exchange to a queue or exchange of another broker')))
    .option('--src-uri <uri>', "source broker ('amqp://': this Wharf)", 'amqp://')
    .option('--src-queue <queue>', 'consume from this queue (declared durable if missing)')
    .option('--src-exchange <exchange>', 'or from a temporary queue bound to this exchange')
    .option('--src-exchange-key <key>', 'binding key for --src-exchange')
    .requiredOption('--dest-uri <uri>', 'destination broker, e.g. amqp://user:password@rabbit:5672/%2F')
    .option('--dest-queue <queue>', 'publish to this queue (declared durable if missing)')
    .option('--dest-exchange <exchange>', 'or to this exchange (default: the exchange each message was published to)')
    .option('--dest-exchange-key <key>', "routing key for --dest-exchange (default: the message's own)")
    .option('--ack-mode <mode>', 'on-confirm (default) | on-publish | no-ack')
    .option('--delete-after <when>', 'never (default: continuous) | queue-length (one-shot: what is there now) | N')
    .option('--prefetch <n>', 'unacknowledged messages in flight (default 1000)', positiveInt)
    .option('--reconnect-delay <seconds>', 'wait before restarting after a failure (default 5; 0: never)', nonNegativeNumber)
    .option('--max-rate <n>', 'at most n messages per second (Wharf only: x-max-messages-per-second)', positiveInt)
    .option('--add-forward-headers', 'add the x-shovelled header')
    .option('--add-timestamp-header', 'add the x-shovelled-timestamp header')
    .option('--src-predeclared', 'the source queue must exist (never declared)')
    .option('--dest-predeclared', 'the destination queue must exist (never declared)')
    .option('--wait', 'wait until it runs; with --delete-after, until it moved everything and deleted itself')
    .action(shovelCreateCommand);
withApiOptions(shovel.command('delete <name>').description('stop a shovel and delete it')).action(shovelDeleteCommand);
withApiOptions(shovel.command('restart <name>').description('restart a shovel (reconnect both ends)')).action(shovelRestartCommand);
const topics = program
    .command('topics')
    .description('Kafka topics (streams): list, describe, create, alter, delete (docs/kafka.md)');
withApiOptions(topics.command('list', { isDefault: true }).description('topics with partitions, size, retention')).action(topicsListCommand);
withApiOptions(topics.command('describe <name>').description('configs and per-partition offsets and sizes')).action(topicDescribeCommand);
withApiOptions(topics.command('create <name>').description('create a topic'))
    .option('--partitions <n>', 'partitions (default 1)', positiveInt)
    .option('--config <name=value>', 'a topic config, Kafka names (repeatable)', collectConfig, [])
    .action(topicCreateCommand);
withApiOptions(topics.command('alter <name>').description('grow a topic or change its configs'))
    .option('--partitions <n>', 'grow to this many partitions', positiveInt)
    .option('--config <name=value>', 'set a topic config (repeatable)', collectConfig, [])
    .option('--delete-config <name>', 'back to the default (repeatable)', (v, p) => [...p, v], [])
    .action(topicAlterCommand);
withApiOptions(topics.command('delete <name>').description('delete a topic, its data and its group offsets')).action(topicDeleteCommand);
const groups = program
    .command('groups')
    .description('consumer groups: list, describe with lag, reset-offsets (as kafka-consumer-groups.sh)');
withApiOptions(groups.command('list', { isDefault: true }).description('groups with state, members and lag')).action(groupsListCommand);
withApiOptions(groups.command('describe <group>').description('per partition: committed offset, log end, lag, consumer')).action(groupDescribeCommand);
withApiOptions(groups
    .command('reset-offsets <group>')
    .description('move committed offsets (shows the plan; --execute applies it while the group is inactive)'))
    .option('--topic <topic>', 'this topic (default: every topic the group committed)')
    .option('--partitions <list>', 'only these partitions of --topic, e.g. 0,2')
    .option('--to-earliest', 'to the log start')
    .option('--to-latest', 'to the log end')
    .option('--to-datetime <time>', 'to the first record at or after YYYY-MM-DDTHH:mm:SS[.sss][zone] (UTC without)')
    .option('--to-offset <n>', 'to this offset')
    .option('--shift-by <n>', 'by n (negative: back)')
    .option('--execute', 'apply it (default: only show what would change)')
    .action(groupResetCommand);
const sqsKeys = program.command('sqs-keys').description('access keys of the SQS/SNS API (SigV4)');
withApiOptions(sqsKeys.command('list', { isDefault: true }).description('access keys and their users')).action(sqsKeysListCommand);
withApiOptions(sqsKeys.command('create <user>').description('make an access key for a Wharf user; prints the secret once'))
    .option('--key <id>', 'the access key id (default: a random AKIA... id)')
    .option('--secret <secret>', 'the secret, 8 characters at least (default: 40 random characters)')
    .action(sqsKeysCreateCommand);
withApiOptions(sqsKeys.command('delete <key>').description('delete an access key')).action(sqsKeysDeleteCommand);
withApiOptions(program.command('alerts').description(`firing alerts; exit ${EXIT.UNHEALTHY} while a critical alert fires`)).action(alertsCommand);
// a reader that went away (`wharf queues | head -1`) ends the command quietly
process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE')
        process.exit(EXIT.OK);
    throw err;
});
program.parseAsync(process.argv).catch((err) => {
    console.error(`wharf: ${err.message}`);
    process.exit(EXIT.ERROR);
});
//# sourceMappingURL=main.js.map