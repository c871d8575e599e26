const NOT_FOUND = /\b404\b|NOT_FOUND/;
/** Counts of a queue, or null when there is no such queue. */
export async function queueInfo(run, queue) {
    try {
        const ok = await run((ch) => ch.checkQueue(queue));
        return { queue: ok.queue, messageCount: ok.messageCount, consumerCount: ok.consumerCount };
    }
    catch (err) {
        if (err instanceof Error && NOT_FOUND.test(err.message))
            return null;
        throw err;
    }
}
/** Removes the queue's ready messages; resolves to how many. */
export async function purgeQueue(run, queue) {
    return (await run((ch) => ch.purgeQueue(queue))).messageCount;
}
/** Deletes the queue; resolves to the messages it held (0 when it did not exist). */
export async function deleteQueue(run, queue, options = {}) {
    const ok = await run((ch) => ch.deleteQueue(queue, { ifUnused: options.ifUnused ?? false, ifEmpty: options.ifEmpty ?? false }));
    return ok.messageCount;
}
//# sourceMappingURL=admin.js.map