import { sqlName } from '../stores/sql-name.js';
import { encodeMessage } from './encode.js';
export class SqliteOutbox {
    #db;
    #name;
    #leaseMs;
    // add() may be given another connection to the same file; statements belong to one.
    #addStatements = new WeakMap();
    #claim;
    #markSent;
    #markFailed;
    #deleteSent;
    #watchers = new Set();
    constructor(options) {
        this.#db = options.db;
        this.#name = sqlName(options.table ?? 'wharf_outbox', false);
        this.#leaseMs = options.leaseMs ?? 30_000;
        const t = this.#name.sql;
        this.#db.exec(`
      CREATE TABLE IF NOT EXISTS ${t} (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id TEXT NOT NULL UNIQUE,
        exchange TEXT NOT NULL,
        routing_key TEXT NOT NULL,
        body BLOB NOT NULL,
        content_type TEXT NOT NULL,
        options TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        lease_until INTEGER,
        sent_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS ${this.#name.derived('unsent_idx')} ON ${t} (id) WHERE sent_at IS NULL;
      CREATE INDEX IF NOT EXISTS ${this.#name.derived('sent_idx')} ON ${t} (sent_at) WHERE sent_at IS NOT NULL;
    `);
        // AUTOINCREMENT: ids are never reused after cleanup, so id order stays insertion order.
        this.#claim = this.#db.prepare(`UPDATE ${t} SET lease_until = ? WHERE id IN (
         SELECT id FROM ${t}
          WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until <= ?) AND attempts < ?
          ORDER BY id LIMIT ?)
       RETURNING id, message_id, exchange, routing_key, body, content_type, options, attempts`);
        this.#markSent = this.#db.prepare(`UPDATE ${t} SET sent_at = ?, lease_until = NULL WHERE id = ?`);
        this.#markFailed = this.#db.prepare(`UPDATE ${t} SET attempts = attempts + 1, last_error = ?, lease_until = NULL WHERE id = ?`);
        this.#deleteSent = this.#db.prepare(`DELETE FROM ${t} WHERE id IN (SELECT id FROM ${t} WHERE sent_at IS NOT NULL AND sent_at < ? LIMIT ?)`);
    }
    /**
     * Adds a message on `db` (inside the caller's db.transaction(), it commits or rolls
     * back with it) and returns its message id. Relays of this outbox in this process are
     * woken right after; others find the row on their next poll.
     */
    add(db, message) {
        const row = encodeMessage(message);
        let stmt = this.#addStatements.get(db);
        if (!stmt) {
            stmt = db.prepare(`INSERT INTO ${this.#name.sql} (message_id, exchange, routing_key, body, content_type, options, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`);
            this.#addStatements.set(db, stmt);
        }
        stmt.run(row.messageId, row.exchange, row.routingKey, row.body, row.contentType, row.options, Date.now());
        // The surrounding transaction commits synchronously before the event loop turns,
        // so by setImmediate the row is visible (or rolled back: then the relay finds nothing).
        if (this.#watchers.size)
            setImmediate(() => this.#watchers.forEach((w) => w()));
        return row.messageId;
    }
    async processBatch(limit, publish, maxAttempts = Number.MAX_SAFE_INTEGER) {
        const now = Date.now();
        const rows = this.#claim.all(now + this.#leaseMs, now, maxAttempts, limit).sort((a, b) => a.id - b.id);
        if (rows.length === 0)
            return { claimed: 0, sent: 0, failed: 0 };
        const outcomes = await publish(rows.map(toRow));
        let sent = 0;
        const mark = this.#db.transaction(() => {
            const at = Date.now();
            outcomes.forEach((o, i) => {
                const id = rows[i].id;
                if (o.ok) {
                    this.#markSent.run(at, id);
                    sent++;
                }
                else
                    this.#markFailed.run(o.error, id);
            });
        });
        mark.immediate();
        return { claimed: rows.length, sent, failed: rows.length - sent };
    }
    async watch(wake) {
        // Wrapped so the same function can watch twice and be removed once each.
        const watcher = () => wake();
        this.#watchers.add(watcher);
        return async () => {
            this.#watchers.delete(watcher);
        };
    }
    async deleteSent(olderThanMs, limit = 10_000) {
        return this.#deleteSent.run(Date.now() - olderThanMs, limit).changes;
    }
    /** Rows not yet sent (including any that reached a relay's maxAttempts). */
    unsentCount() {
        return this.#db
            .prepare(`SELECT count(*) FROM ${this.#name.sql} WHERE sent_at IS NULL`)
            .pluck()
            .get();
    }
}
function toRow(r) {
    return {
        id: String(r.id),
        messageId: r.message_id,
        exchange: r.exchange,
        routingKey: r.routing_key,
        body: r.body,
        contentType: r.content_type,
        options: JSON.parse(r.options),
        attempts: r.attempts,
    };
}
//# sourceMappingURL=sqlite.js.map