// The transactional outbox on PostgreSQL. add() inserts the message in the caller's
// transaction and NOTIFYs (delivered only if that transaction commits); the relay takes
// batches with SELECT ... FOR UPDATE SKIP LOCKED, so several relays share the table
// without publishing the same row in the same pass, and a relay that dies mid-batch
// releases its rows (its transaction aborts) for the next one to publish again.
import type { PoolClient } from 'pg';
import { createPgSchema, withPgTransaction, type PgPool, type PgQueryable } from '../stores/pg-tx.js';
import { channelName, sqlName, type SqlName } from '../stores/sql-name.js';
import { encodeMessage } from './encode.js';
import { listenPg } from './pg-listener.js';
import type {
  BatchResult,
  OutboxMessage,
  OutboxRow,
  OutboxSource,
  PublishOutcome,
  StoredOptions,
} from './types.js';

export interface PostgresOutboxOptions {
  pool: PgPool;
  /** Default `wharf_outbox`; `schema.table` is allowed. */
  table?: string;
  /** NOTIFY channel (default: the table's unqualified name). */
  channel?: string;
}

export const DEFAULT_OUTBOX_TABLE = 'wharf_outbox';
/** `attempts` is an int column; "no limit" is its largest value. */
const NO_LIMIT = 2_147_483_647;

interface DbRow {
  id: string;
  message_id: string;
  exchange: string;
  routing_key: string;
  body: Buffer;
  content_type: string;
  options: StoredOptions;
  attempts: number;
}

export class PostgresOutbox implements OutboxSource {
  readonly #pool: PgPool;
  readonly #table: string;
  readonly #name: SqlName;
  readonly #channel: string;

  constructor(options: PostgresOutboxOptions) {
    this.#pool = options.pool;
    this.#table = options.table ?? DEFAULT_OUTBOX_TABLE;
    this.#name = sqlName(this.#table, true);
    this.#channel = channelName(options.channel ?? this.#name.base);
  }

  /** Creates the table and its indexes if missing; safe to call from many processes. */
  async ensureSchema(): Promise<void> {
    const t = this.#name.sql;
    await createPgSchema(this.#pool, `wharf:${this.#table}`, [
      `CREATE TABLE IF NOT EXISTS ${t} (
        id bigserial PRIMARY KEY,
        message_id text NOT NULL UNIQUE,
        exchange text NOT NULL,
        routing_key text NOT NULL,
        body bytea NOT NULL,
        content_type text NOT NULL,
        options jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz
      )`,
      // The relay scans unsent rows in id order; cleanup scans sent rows by age.
      `CREATE INDEX IF NOT EXISTS ${this.#name.derived('unsent_idx')} ON ${t} (id) WHERE sent_at IS NULL`,
      `CREATE INDEX IF NOT EXISTS ${this.#name.derived('sent_idx')} ON ${t} (sent_at) WHERE sent_at IS NOT NULL`,
    ]);
  }

  /**
   * Adds a message in the caller's transaction (`tx` is the client that ran BEGIN) and
   * returns its message id. Rolled back with the transaction; published only after it
   * commits. With a Pool instead of a transaction client it commits on its own.
   */
  async add(tx: PgQueryable, message: OutboxMessage): Promise<string> {
    const row = encodeMessage(message);
    // One round trip: the insert and the NOTIFY (which PostgreSQL delivers at COMMIT,
    // and folds into one when a transaction adds many rows).
    await tx.query(
      `WITH added AS (
         INSERT INTO ${this.#name.sql} (message_id, exchange, routing_key, body, content_type, options)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
       ) SELECT pg_notify($7, '') FROM added`,
      [row.messageId, row.exchange, row.routingKey, row.body, row.contentType, row.options, this.#channel],
    );
    return row.messageId;
  }

  async processBatch(
    limit: number,
    publish: (rows: readonly OutboxRow[]) => Promise<PublishOutcome[]>,
    maxAttempts = NO_LIMIT,
  ): Promise<BatchResult> {
    const t = this.#name.sql;
    // The batch's transaction holds the row locks while publishing: other relays skip
    // these rows, and if this process dies the locks go with its connection.
    return withPgTransaction(this.#pool, async (tx: PoolClient) => {
      const { rows } = await tx.query<DbRow>(
        `SELECT id::text AS id, message_id, exchange, routing_key, body, content_type, options, attempts
           FROM ${t} WHERE sent_at IS NULL AND attempts < $2
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit, Math.min(maxAttempts, NO_LIMIT)],
      );
      if (rows.length === 0) return { claimed: 0, sent: 0, failed: 0 };
      const outcomes = await publish(rows.map(toRow));
      const sent: string[] = [];
      const failedIds: string[] = [];
      const errors: string[] = [];
      outcomes.forEach((o, i) => {
        if (o.ok) sent.push(rows[i]!.id);
        else {
          failedIds.push(rows[i]!.id);
          errors.push(o.error);
        }
      });
      if (sent.length) await tx.query(`UPDATE ${t} SET sent_at = now() WHERE id = ANY($1::bigint[])`, [sent]);
      if (failedIds.length) {
        await tx.query(
          `UPDATE ${t} AS o SET attempts = o.attempts + 1, last_error = f.err
             FROM unnest($1::bigint[], $2::text[]) AS f(id, err) WHERE o.id = f.id`,
          [failedIds, errors],
        );
      }
      return { claimed: rows.length, sent: sent.length, failed: failedIds.length };
    });
  }

  watch(wake: () => void, onError: (err: unknown) => void): Promise<() => Promise<void>> {
    return listenPg({ pool: this.#pool, channel: this.#channel, onNotify: wake, onError });
  }

  async deleteSent(olderThanMs: number, limit = 10_000): Promise<number> {
    const t = this.#name.sql;
    // Bounded, so a large backlog of old rows is deleted in steps, not one long lock.
    const res = await this.#pool.query(
      `DELETE FROM ${t} WHERE id IN (
         SELECT id FROM ${t} WHERE sent_at IS NOT NULL AND sent_at < now() - $1 * interval '1 millisecond'
         LIMIT $2)`,
      [olderThanMs, limit],
    );
    return res.rowCount ?? 0;
  }

  /** Rows not yet sent (including any that reached a relay's maxAttempts). */
  async unsentCount(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${this.#name.sql} WHERE sent_at IS NULL`,
    );
    return Number(rows[0]!.n);
  }
}

function toRow(r: DbRow): OutboxRow {
  return {
    id: r.id,
    messageId: r.message_id,
    exchange: r.exchange,
    routingKey: r.routing_key,
    body: r.body,
    contentType: r.content_type,
    options: r.options,
    attempts: r.attempts,
  };
}
