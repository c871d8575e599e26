// The transactional outbox on PostgreSQL. add() inserts the message in the caller's
// transaction and NOTIFYs (delivered only if that transaction commits). A relay pass
// never holds a row lock or an open transaction while it waits for the broker:
//
//   1. claim: one autocommitted UPDATE leases up to n unsent rows (lease_until), picked
//      with FOR UPDATE SKIP LOCKED so concurrent relays take disjoint rows;
//   2. publish them with confirms, holding nothing in the database;
//   3. mark: one short transaction sets sent_at on the confirmed rows and records the
//      failures, clearing the leases.
//
// A relay that dies after 1 leaves its rows leased until lease_until, then any relay
// takes them; one that dies after 2 (or whose confirms come after its lease ran out)
// has them published again with the same message id, which an idempotent consumer
// drops: exactly-once processing, as with the old in-transaction pass, without a slow
// broker keeping writers of the table (and vacuum) waiting on the relay's locks.
import { createPgSchema, withPgTransaction } from '../stores/pg-tx.js';
import { channelName, sqlName } from '../stores/sql-name.js';
import { encodeMessage } from './encode.js';
import { listenPg } from './pg-listener.js';
export const DEFAULT_OUTBOX_TABLE = 'wharf_outbox';
/** `attempts` is an int column; "no limit" is its largest value. */
const NO_LIMIT = 2_147_483_647;
export class PostgresOutbox {
    #pool;
    #table;
    #name;
    #channel;
    #leaseMs;
    constructor(options) {
        this.#pool = options.pool;
        this.#leaseMs = options.leaseMs ?? 60_000;
        if (!Number.isFinite(this.#leaseMs) || this.#leaseMs <= 0)
            throw new RangeError('leaseMs must be a positive number');
        this.#table = options.table ?? DEFAULT_OUTBOX_TABLE;
        this.#name = sqlName(this.#table, true);
        this.#channel = channelName(options.channel ?? this.#name.base);
    }
    /**
     * Creates the table and its indexes if missing, and adds `lease_until` to a table
     * created by an earlier version; safe to call from many processes.
     */
    async ensureSchema() {
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
        sent_at timestamptz,
        lease_until timestamptz
      )`,
            // Tables from before the claim-then-publish relay: the ALTER (an ACCESS EXCLUSIVE
            // lock even when it changes nothing) only when the column is missing.
            `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '${t}'::regclass ` +
                `AND attname = 'lease_until' AND NOT attisdropped) THEN ` +
                `ALTER TABLE ${t} ADD COLUMN IF NOT EXISTS lease_until timestamptz; END IF; END $$`,
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
    async add(tx, message) {
        const row = encodeMessage(message);
        // One round trip: the insert and the NOTIFY (which PostgreSQL delivers at COMMIT,
        // and folds into one when a transaction adds many rows).
        await tx.query(`WITH added AS (
         INSERT INTO ${this.#name.sql} (message_id, exchange, routing_key, body, content_type, options)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
       ) SELECT pg_notify($7, '') FROM added`, [row.messageId, row.exchange, row.routingKey, row.body, row.contentType, row.options, this.#channel]);
        return row.messageId;
    }
    async processBatch(limit, publish, maxAttempts = NO_LIMIT) {
        const t = this.#name.sql;
        // 1. Claim, committed at once: the row locks last only as long as this statement.
        const { rows } = await this.#pool.query(`UPDATE ${t} AS o SET lease_until = now() + $3 * interval '1 millisecond'
         FROM (SELECT id FROM ${t}
                WHERE sent_at IS NULL AND attempts < $2 AND (lease_until IS NULL OR lease_until <= now())
                ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) AS c
        WHERE o.id = c.id
        RETURNING o.id::text AS id, o.message_id, o.exchange, o.routing_key, o.body, o.content_type,
                  o.options, o.attempts, o.lease_until::text AS lease_until`, [limit, Math.min(maxAttempts, NO_LIMIT), this.#leaseMs]);
        if (rows.length === 0)
            return { claimed: 0, sent: 0, failed: 0 };
        // RETURNING has no order: publish in id order.
        rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
        // 2. Publish, holding nothing in the database.
        const outcomes = await publish(rows.map(toRow));
        const sent = [];
        const failedIds = [];
        const errors = [];
        outcomes.forEach((o, i) => {
            if (o.ok)
                sent.push(rows[i].id);
            else {
                failedIds.push(rows[i].id);
                errors.push(o.error);
            }
        });
        // 3. Mark. A confirmed row is sent whoever holds it now; a failure is recorded only
        // while our lease is the row's (another relay may have taken it after it ran out).
        const leaseUntil = rows[0].lease_until;
        await withPgTransaction(this.#pool, async (tx) => {
            if (sent.length)
                await tx.query(`UPDATE ${t} SET sent_at = now(), lease_until = NULL WHERE id = ANY($1::bigint[])`, [
                    sent,
                ]);
            if (failedIds.length) {
                await tx.query(`UPDATE ${t} AS o SET attempts = o.attempts + 1, last_error = f.err, lease_until = NULL
             FROM unnest($1::bigint[], $2::text[]) AS f(id, err)
            WHERE o.id = f.id AND o.sent_at IS NULL AND o.lease_until = $3::timestamptz`, [failedIds, errors, leaseUntil]);
            }
        });
        return { claimed: rows.length, sent: sent.length, failed: failedIds.length };
    }
    watch(wake, onError) {
        return listenPg({ pool: this.#pool, channel: this.#channel, onNotify: wake, onError });
    }
    async deleteSent(olderThanMs, limit = 10_000) {
        const t = this.#name.sql;
        // Bounded, so a large backlog of old rows is deleted in steps, not one long lock.
        const res = await this.#pool.query(`DELETE FROM ${t} WHERE id IN (
         SELECT id FROM ${t} WHERE sent_at IS NOT NULL AND sent_at < now() - $1 * interval '1 millisecond'
         LIMIT $2)`, [olderThanMs, limit]);
        return res.rowCount ?? 0;
    }
    /** Rows not yet sent (including any that reached a relay's maxAttempts). */
    async unsentCount() {
        const { rows } = await this.#pool.query(`SELECT count(*) AS n FROM ${this.#name.sql} WHERE sent_at IS NULL`);
        return Number(rows[0].n);
    }
}
function toRow(r) {
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
//# sourceMappingURL=postgres.js.map