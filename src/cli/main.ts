#!/usr/bin/env node
// `wharf` command line. `serve` is the contract outside tools rely on: flags
// --amqp-port, --http-port, --data-dir, --host, --config; flags override the file.
import { Command } from 'commander';
import { VERSION } from '../version.js';
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
  .action(async (opts) => {
    process.exitCode = await serve(opts);
  });

program.parseAsync(process.argv).catch((err) => {
  console.error(`wharf: ${err.message}`);
  process.exit(1);
});
