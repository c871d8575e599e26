export async function publishRows(publisher, rows, timeoutMs) {
    let timer;
    // A confirm that never comes would hold the batch (and on PostgreSQL its row locks)
    // forever. After the deadline the row counts as failed and is published again later:
    // a duplicate at worst, which the message id lets consumers drop.
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no publisher confirm within ${timeoutMs} ms`)), timeoutMs);
    });
    deadline.catch(() => { });
    try {
        const settled = await Promise.allSettled(rows.map((row) => Promise.race([
            publisher.publish(row.exchange, row.routingKey, row.body, {
                ...row.options,
                messageId: row.messageId,
                contentType: row.contentType,
            }),
            deadline,
        ])));
        return settled.map((s) => s.status === 'fulfilled' ? { ok: true } : { ok: false, error: errorText(s.reason) });
    }
    finally {
        clearTimeout(timer);
    }
}
function errorText(reason) {
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    return text.slice(0, 1000);
}
//# sourceMappingURL=publish-rows.js.map