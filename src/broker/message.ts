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
}

export interface PropertiesFormat {
  headers(properties: Buffer): Record<string, unknown> | undefined;
}

/** Record flag bit 0: persistent (the store drops records without it on recovery). */
export const FLAG_PERSISTENT = 1;
