// Loads `wharf serve` settings: defaults, then the config file, then flags.
import { readFileSync } from 'node:fs';
import type { WharfOptions } from '../server.js';

export interface ServeFlags {
  config?: string;
  host?: string;
  amqpPort?: string;
  httpPort?: string;
  dataDir?: string;
  logLevel?: string;
}

export interface ServeConfig extends WharfOptions {
  logLevel: string;
}

const KNOWN = new Set([
  'host',
  'amqpPort',
  'httpPort',
  'dataDir',
  'logLevel',
  'users',
  'heartbeat',
  'frameMax',
  'channelMax',
  'maxMessageSize',
  'consumerTimeout',
  'memoryHighWatermark',
  'memoryLimit',
  'diskFreeLimit',
  'segmentSize',
]);

export function loadConfig(flags: ServeFlags): ServeConfig {
  let file: Record<string, unknown> = {};
  if (flags.config) {
    let text: string;
    try {
      text = readFileSync(flags.config, 'utf8');
    } catch (err) {
      throw new Error(`cannot read config file '${flags.config}': ${(err as Error).message}`);
    }
    try {
      file = JSON.parse(text);
    } catch (err) {
      throw new Error(`config file '${flags.config}' is not valid JSON: ${(err as Error).message}`);
    }
    for (const k of Object.keys(file)) {
      if (!KNOWN.has(k)) throw new Error(`config file '${flags.config}': unknown setting '${k}'`);
    }
  }
  const cfg: ServeConfig = { logLevel: 'info', ...(file as Partial<ServeConfig>) };
  if (flags.host !== undefined) cfg.host = flags.host;
  if (flags.amqpPort !== undefined) cfg.amqpPort = port(flags.amqpPort, '--amqp-port');
  if (flags.httpPort !== undefined) cfg.httpPort = port(flags.httpPort, '--http-port');
  if (flags.dataDir !== undefined) cfg.dataDir = flags.dataDir;
  if (flags.logLevel !== undefined) cfg.logLevel = flags.logLevel;
  return cfg;
}

function port(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`${flag} must be a port number, got '${v}'`);
  return n;
}
