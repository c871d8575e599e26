// The engine's message. Properties stay in the encoding of the front that received
// them (opaque bytes) so a message is stored and delivered without re-encoding; the
// engine reads headers through the injected PropertiesFormat when routing needs them.
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

export interface PropertiesFormat {
  headers(properties: Buffer): Record<string, unknown> | undefined;
  /**
   * The properties of a dead-lettered copy: the death recorded (counted per queue and
   * reason, most recent first) and, for reason `expired`, the per-message expiration
   * removed so the copy does not expire again.
   */
  deadLettered(properties: Buffer, death: Death): Buffer;
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
}

/** Record flag bit 0: persistent (the store drops records without it on recovery). */
export const FLAG_PERSISTENT = 1;
