// How the engine reads AMQP-encoded properties when routing needs them (headers
// exchange). Given to the Broker at construction so the engine stays format-neutral.
import type { PropertiesFormat } from '../broker/index.js';
import { decodeProperties } from './codec/index.js';
import {
  deadLetteredProperties,
  withDelayReleased,
  withDeliveryCount,
  withStreamOffset,
} from './header-rewrites.js';

export const amqpPropertiesFormat: PropertiesFormat = {
  headers(properties: Buffer) {
    return decodeProperties(properties).headers as Record<string, unknown> | undefined;
  },
  deadLettered: deadLetteredProperties,
  withDeliveryCount,
  withDelayReleased,
  withStreamOffset,
  dedupKey(properties: Buffer, header: string | undefined) {
    const p = decodeProperties(properties);
    if (header === undefined) return p.messageId;
    const v = (p.headers as Record<string, unknown> | undefined)?.[header];
    if (v === undefined || v === null) return undefined;
    return Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  },
};
