// Durable topology (exchanges, queues, bindings, policies) as an append-only log of commands,
// replayed at boot and compacted to the live set. Every change from any front goes
// through VHost, which records here; nothing else writes topology. JSON is fine here:
// topology changes are rare and never on the message path.
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
  | {
      op: 'bind' | 'unbind';
      vhost: string;
      source: string;
      destinationType: 'queue' | 'exchange';
      destination: string;
      routingKey: string;
      arguments: Record<string, unknown>;
    };

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
