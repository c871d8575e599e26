// Kafka topic configs and where Wharf keeps them: the retention settings are the stream's own
// RabbitMQ arguments (x-max-age, x-max-length-bytes, x-stream-max-segment-size-bytes), so an AMQP
// client sees the same retention; the Kafka-only ones are x-kafka-* arguments of the partitions.
// Any other name is INVALID_CONFIG, as Kafka refuses an unknown topic config.
import { parseInterval } from '../broker/stream-queue.js';
import type { TopicSpec } from './topics.js';

export interface ConfigDescription {
  name: string;
  value: string;
  isDefault: boolean;
}

function long(value: string, min: number): number {
  if (!/^-?\d+$/.test(value)) throw new Error(`'${value}' is not a number`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${value} is below the minimum ${min}`);
  return n;
}

/** The Kafka defaults DescribeConfigs reports for a topic without the setting. */
export const TOPIC_DEFAULTS: Readonly<Record<string, string>> = Object.freeze({
  'retention.ms': '604800000',
  'retention.bytes': '-1',
  'segment.bytes': '1073741824',
  'max.message.bytes': '1048588',
  'cleanup.policy': 'delete',
  'message.timestamp.type': 'CreateTime',
});

/** A TopicSpec for CreateTopics configs; throws with Kafka's INVALID_CONFIG text. */
export function configsToSpec(configs: readonly { name: string; value: string | null }[]): TopicSpec {
  const spec: TopicSpec = { arguments: {} };
  for (const c of configs) {
    if (!(c.name in TOPIC_DEFAULTS)) throw new Error(`Unknown topic config name: ${c.name}`);
    if (c.value === null) continue;
    try {
      apply(spec, c.name, c.value);
    } catch (err) {
      throw new Error(`Invalid value ${c.value} for configuration ${c.name}: ${(err as Error).message}`);
    }
  }
  return spec;
}

function apply(spec: TopicSpec, name: string, value: string): void {
  switch (name) {
    case 'retention.ms': {
      const ms = long(value, -1);
      if (ms > 0) spec.maxAgeMs = ms;
      else if (ms === 0) throw new Error('must be -1 or positive');
      return;
    }
    case 'retention.bytes': {
      const n = long(value, -1);
      if (n > 0) spec.maxBytes = n;
      else if (n === 0) throw new Error('must be -1 or positive');
      return;
    }
    case 'segment.bytes':
      spec.segmentSize = long(value, 14);
      return;
    case 'max.message.bytes':
      spec.arguments!['x-kafka-max-message-bytes'] = long(value, 0);
      return;
    case 'cleanup.policy':
      // compaction is not done (yet): accepting it would promise what does not happen
      if (value !== 'delete') throw new Error(`only 'delete' is supported`);
      return;
    case 'message.timestamp.type':
      if (value !== 'CreateTime') throw new Error(`only 'CreateTime' is supported`);
      return;
  }
}

/** The configs of a topic, from its first partition's arguments. */
export function describeTopicConfigs(args: Record<string, unknown>): ConfigDescription[] {
  const out: ConfigDescription[] = [];
  const put = (name: string, v: string | undefined) =>
    out.push({ name, value: v ?? TOPIC_DEFAULTS[name], isDefault: v === undefined });
  const age = args['x-max-age'];
  const ms = typeof age === 'string' ? parseInterval(age) : undefined;
  put('retention.ms', ms === undefined ? undefined : String(ms));
  const num = (k: string) => (typeof args[k] === 'number' ? String(args[k]) : undefined);
  put('retention.bytes', num('x-max-length-bytes'));
  put('segment.bytes', num('x-stream-max-segment-size-bytes'));
  put('max.message.bytes', num('x-kafka-max-message-bytes'));
  put('cleanup.policy', undefined);
  put('message.timestamp.type', undefined);
  return out;
}
