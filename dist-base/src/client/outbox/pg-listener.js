/** Resolves after the first LISTEN attempt (successful or not); the result stops listening. */
export async function listenPg(options) {
    const { pool, channel, onNotify, onError } = options;
    const retryMs = options.retryMs ?? 1000;
    let stopped = false;
    let current;
    let retry;
    const schedule = () => {
        if (stopped)
            return;
        retry = setTimeout(() => void connect(), retryMs);
        retry.unref();
    };
    const connect = async () => {
        let client;
        try {
            client = await pool.connect();
            const c = client;
            c.on('notification', (n) => {
                if (n.channel === channel)
                    onNotify();
            });
            // A checked-out client without an 'error' listener crashes the process on a reset.
            c.on('error', (err) => {
                if (current !== c)
                    return;
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
        }
        catch (err) {
            onError(err);
            client?.release(err);
            schedule();
        }
    };
    await connect();
    return async () => {
        stopped = true;
        clearTimeout(retry);
        const c = current;
        current = undefined;
        if (!c)
            return;
        try {
            await c.query(`UNLISTEN "${channel}"`);
            c.release();
        }
        catch (err) {
            c.release(err);
        }
    };
}
//# sourceMappingURL=pg-listener.js.map