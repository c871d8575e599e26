// Durable topology (exchanges, queues, bindings, policies) and identity (vhosts, users,
// permissions, limits) as an append-only log of commands, replayed at boot and compacted
// to the live set. Topology changes from any front go through VHost and identity changes
// through Broker/Identity, which record here; nothing else writes. JSON is fine here:
// these changes are rare and never on the message path.
import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import type { VhostLimits } from './limits.js';
import type { User } from './users.js';

export type DefinitionRecord =
  | {
      op: 'exchange';
      vhost: string;
      name: string;
      type: string;
      durable: boolean;
      autoDelete: boolean;
      internal: boolean;
      arguments: Record<string, unknown>;
    }
  | { op: 'exchange.delete'; vhost: string; name: string }
  | { op: 'queue'; vhost: string; name: string; autoDelete: boolean; arguments: Record<string, unknown> }
  | { op: 'queue.delete'; vhost: string; name: string }
  | {
      op: 'policy';
      vhost: string;
      name: string;
      pattern: string;
      applyTo: string;
      priority: number;
      definition: Record<string, unknown>;
    }
  | { op: 'policy.delete'; vhost: string; name: string }
  /** a runtime parameter (parameters.ts): `user` set it, when a user did */
  | {
      op: 'parameter';
      vhost: string;
      component: string;
      name: string;
      value: Record<string, unknown>;
      user?: string;
    }
  | { op: 'parameter.delete'; vhost: string; component: string; name: string }
  | {
      op: 'bind' | 'unbind';
      vhost: string;
      source: string;
      destinationType: 'queue' | 'exchange';
      destination: string;
      routingKey: string;
      arguments: Record<string, unknown>;
    }
  | IdentityRecord;

/** Records with no topology: the vhosts themselves, users, permissions, limits. */
export type IdentityRecord =
  /** the defaults (vhost '/', user guest) were created once; never again */
  | { op: 'seeded' }
  | { op: 'vhost'; vhost: string; description: string; tags: string[]; defaultQueueType?: string }
  | { op: 'vhost.delete'; vhost: string }
  | { op: 'vhost.limits'; vhost: string; limits: VhostLimits }
  | { op: 'user'; user: User }
  | { op: 'user.delete'; name: string }
  | { op: 'permission'; vhost: string; user: string; configure: string; write: string; read: string }
  | { op: 'permission.delete'; vhost: string; user: string }
  | { op: 'topic-permission'; vhost: string; user: string; exchange: string; write: string; read: string }
  | { op: 'topic-permission.delete'; vhost: string; user: string; exchange?: string };

export class DefinitionsLog {
  private fd = -1;

  constructor(private readonly path: string) {}

  /** Reads every record; a torn last line (crash mid-append) is ignored. */
  load(): DefinitionRecord[] {
    if (!existsSync(this.path)) return [];
    const out: DefinitionRecord[] = [];
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        out.push(JSON.parse(line, revive));
      } catch {
        // only the last line can be torn; anything unparsable is skipped
      }
    }
    return out;
  }

  /** Replaces the file with `records` atomically (compaction at boot). */
  rewrite(records: DefinitionRecord[]): void {
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w');
    writeSync(fd, records.map((r) => JSON.stringify(r, replace)).join('\n') + (records.length ? '\n' : ''));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.path);
  }

  /** Synchronous and synced: a declare-ok for a durable entity means it survives a crash. */
  append(record: DefinitionRecord): void {
    if (this.fd < 0) this.fd = openSync(this.path, 'a');
    appendFileSync(this.fd, JSON.stringify(record, replace) + '\n');
    fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

// Arguments may hold bigints and byte arrays, which JSON cannot carry as they are.
function replace(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return { $bigint: v.toString() };
  if (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' && 'data' in v) {
    return { $bytes: Buffer.from((v as { data: number[] }).data).toString('base64') };
  }
  return v;
}

function revive(_k: string, v: unknown): unknown {
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$bigint === 'string') return BigInt(o.$bigint);
    if (typeof o.$bytes === 'string') return Buffer.from(o.$bytes, 'base64');
  }
  return v;
}
