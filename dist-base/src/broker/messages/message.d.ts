export interface Message {
    exchange: string;
    routingKey: string;
    properties: Buffer;
    body: Buffer;
    persistent: boolean;
    /** ms since epoch, stamped on arrival */
    timestamp: number;
    /** per-message TTL in ms (AMQP: the expiration property), when set */
    ttl?: number;
    /** 0..255, used by queues with x-max-priority */
    priority?: number;
}
export type DeathReason = 'rejected' | 'expired' | 'maxlen' | 'delivery_limit';
/** One dead-lettering event, as recorded in the message (AMQP: an x-death entry). */
export interface Death {
    queue: string;
    reason: DeathReason;
    exchange: string;
    routingKeys: string[];
    /** ms since epoch */
    time: number;
}
/** One entry of a message's dead-letter history (AMQP: a table of the x-death array). */
export interface DeathEntry {
    /** undefined when the stored entry names none (a malformed entry, kept as it was) */
    queue: string | undefined;
    reason: string | undefined;
    count: number;
    /** a new entry's death (its time, exchange and routing keys); undefined for one read from the message */
    death?: Death;
    /** a new entry's: the message's per-message expiration when it died (RabbitMQ's original-expiration) */
    originalExpiration?: string;
    /** an entry read from the message, in the format's own form: written back as it was, but for its count */
    stored?: unknown;
}
/** The dead-letter history a message carries, as the format read it. */
export interface DeathHistory {
    /** most recent first */
    entries: DeathEntry[];
    /** whether the first death is already recorded (AMQP: x-first-death-reason) */
    hasFirstDeath: boolean;
    /** the per-message expiration property (AMQP: expiration), which a dead-lettered copy loses */
    expiration: string | undefined;
}
/** The history to write on a dead-lettered copy (see dead-letters/death-history.ts). */
export interface DeathUpdate {
    entries: DeathEntry[];
    /** set when the first death is recorded now */
    first: {
        reason: string;
        queue: string;
        exchange: string;
    } | undefined;
    last: {
        reason: string;
        queue: string;
        exchange: string;
    };
}
export interface PropertiesFormat {
    headers(properties: Buffer): Record<string, unknown> | undefined;
    /**
     * The properties of a dead-lettered copy: `record` (the engine's rule) turns the history
     * read from `properties` into the one to write, and the per-message expiration is removed
     * so the copy does not expire again. Returns the update written, too (the engine checks
     * it for cycles without reading the headers back).
     */
    deadLettered(properties: Buffer, record: (history: DeathHistory) => DeathUpdate): {
        properties: Buffer;
        history: DeathUpdate;
    };
    /** The properties with header x-delivery-count set (quorum queues' redelivery count). */
    withDeliveryCount(properties: Buffer, count: number): Buffer;
    /** The properties with header x-delay set to -delay (a released delayed message). */
    withDelayReleased(properties: Buffer, delay: number): Buffer;
    /** The deduplication key: the named header's value, else the message-id property. */
    dedupKey(properties: Buffer, header: string | undefined): string | undefined;
    /** The properties with header x-stream-offset (a long) set. */
    withStreamOffset(properties: Buffer, offset: number): Buffer;
    /**
     * The properties as plain JSON values under RabbitMQ's management names (content_type,
     * delivery_mode, headers, ...), absent ones omitted: for display.
     */
    describe(properties: Buffer): Record<string, unknown>;
    /** The inverse of describe: management-named JSON properties to stored bytes. */
    encode(props: Record<string, unknown>): Buffer;
    /**
     * The same bytes as encode({ headers, delivery_mode, timestamp }) for a headers table whose values are
     * all text, bytes or void, given in table order as name and value bytes, without building objects: the
     * hot path of a front that stores one such record per command (a Redis entry per XADD). kinds[i]:
     * HEADER_TEXT (the value's bytes are UTF-8 text), HEADER_BYTES, HEADER_VOID (value ignored). Names must
     * be distinct, UTF-8 and at most 255 bytes (the caller checks); timestamp in seconds. prefix: bytes the
     * returned buffer starts with, the properties following them (a record head's start, record.ts headPrefix),
     * so that the record head needs no second buffer. count: how many of the names are the table's (default
     * all), so that a caller can keep its arrays from one record to the next. into: a buffer of the caller's
     * to write into when the bytes fit (the result is then a view of it, valid until the caller reuses it),
     * for a caller that copies them at once (into a log's write buffer): no allocation per record.
     */
    encodeHeaders(names: readonly Buffer[], values: readonly Buffer[], kinds: Uint8Array, deliveryMode: number, timestamp: number, prefix?: Buffer, count?: number, into?: Buffer): Buffer;
}
/** encodeHeaders value kinds. */
export declare const HEADER_TEXT = 0;
export declare const HEADER_BYTES = 1;
export declare const HEADER_VOID = 2;
/** Record flag bit 0: persistent (the store drops records without it on recovery). */
export declare const FLAG_PERSISTENT = 1;
