// A LISTEN session for the relay: one pooled connection held for as long as the relay
// runs, re-established after errors. Notifications only cut latency; the relay's poll
// interval still finds every row, so a lost notification or a dead listener delays
// messages but never loses them.
import type { Notification, PoolClient } from 'pg';
import type { PgPool } from '../stores/pg-tx.js';

export interface PgListenOptions {
  pool: PgPool;
  channel: string;
  onNotify: () => void;
  onError: (err: unknown) => void;
  /** Wait before reconnecting after a failure (default 1000 ms). */
  retryMs?: number;
}

/** Resolves after the first LISTEN attempt (successful or not); the result stops listening. */
export async function listenPg(options: PgListenOptions): Promise<() => Promise<void>> {
  const { pool, channel, onNotify, onError } = options;
  const retryMs = options.retryMs ?? 1000;
  let stopped = false;
  let current: PoolClient | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (stopped) return;
    retry = setTimeout(() => void connect(), retryMs);
    retry.unref();
  };

  const connect = async (): Promise<void> => {
    let client: PoolClient | undefined;
    try {
      client = await pool.connect();
      const c = client;
      c.on('notification', (n: Notification) => {
        if (n.channel === channel) onNotify();
      });
      // A checked-out client without an 'error' listener crashes the process on a reset.
      c.on('error', (err: Error) => {
        if (current !== c) return;
        current = undefined;
        onError(err);
        c.release(err);
        schedule();
      });
      await c.query(`LISTEN "${channel}"`);
      if (stopped) {
        c.release();
        return;
      }
      current = c;
      // Rows committed while nobody listened are not announced again: look now.
      onNotify();
    } catch (err) {
      onError(err);
      client?.release(err as Error);
      schedule();
    }
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const c = current;
    current = undefined;
    if (!c) return;
    try {
      await c.query(`UNLISTEN "${channel}"`);
      c.release();
    } catch (err) {
      c.release(err as Error);
    }
  };
}
