export function offsetQueue(name) {
    return `wharf.offsets.${name}`;
}
const ARGS = { durable: true, arguments: { 'x-max-length': 1, 'x-overflow': 'drop-head' } };
export class BrokerOffsetStore {
    io;
    declared = new Set();
    constructor(io) {
        this.io = io;
    }
    async load(name) {
        const queue = offsetQueue(name);
        return this.io.withChannel(async (ch) => {
            await ch.assertQueue(queue, ARGS);
            this.declared.add(queue);
            const msg = await ch.get(queue, { noAck: false });
            if (msg === false)
                return undefined;
            ch.nack(msg, false, true);
            const n = Number(msg.content.toString());
            return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
        });
    }
    async save(name, offset) {
        const queue = offsetQueue(name);
        if (!this.declared.has(queue)) {
            await this.io.withChannel((ch) => ch.assertQueue(queue, ARGS));
            this.declared.add(queue);
        }
        await this.io.publish(queue, offset);
    }
}
//# sourceMappingURL=broker-offset-store.js.map