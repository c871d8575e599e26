// Kafka topic configs as Wharf stream arguments: the retention settings are RabbitMQ's own stream
// arguments (so an AMQP client sees the same retention), the Kafka-only ones are kept as x-kafka-*
// arguments of the partition streams. Every config here can be set at CreateTopics and changed by
// AlterConfigs / IncrementalAlterConfigs; anything else is INVALID_CONFIG, as Kafka refuses an
// unknown topic config.

export interface TopicConfigSpec {
  /** the stream argument holding it */
  arg: string;
  /** Kafka's default, as DescribeConfigs reports it */
  defaultValue: string;
  /** the argument value for a config value, or an error text */
  toArg(value: string): unknown;
  /** the config value of an argument value */
  fromArg(v: unknown): string;
}

const UNITS_MS: [string, number][] = [
  ['D', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
];

function long(value: string, min: number): number {
  if (!/^-?\d+$/.test(value)) throw new Error(`'${value}' is not a number`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${value} is below the minimum ${min}`);
  return n;
}

const retentionMs: TopicConfigSpec = {
  arg: 'x-max-age',
  defaultValue: '604800000',
  // RabbitMQ's interval grammar (one unit); milliseconds below a second round up to 1s
  toArg: (v) => {
    const ms = long(v, -1);
    if (ms === -1) return undefined;
    for (const [u, n] of UNITS_MS) if (ms % n === 0) return `${ms / n}${u}`;
    return `${Math.ceil(ms / 1000)}s`;
  },
  fromArg: (v) => {
    const m = typeof v === 'string' ? /^(\d+)([YMDhms])$/.exec(v) : null;
    if (!m) return '-1';
    const unit: Record<string, number> = {
      Y: 365 * 86_400_000,
      M: 30 * 86_400_000,
      D: 86_400_000,
      h: 3_600_000,
      m: 60_000,
      s: 1000,
    };
    return String(Number(m[1]) * unit[m[2]]);
  },
};

const numberArg = (arg: string, defaultValue: string, min: number, unlimited?: number): TopicConfigSpec => ({
  arg,
  defaultValue,
  toArg: (v) => {
    const n = long(v, unlimited ?? min);
    return n === unlimited ? undefined : n;
  },
  fromArg: (v) => (typeof v === 'number' ? String(v) : defaultValue),
});

const oneOf = (arg: string, values: string[]): TopicConfigSpec => ({
  arg,
  defaultValue: values[0],
  toArg: (v) => {
    if (!values.includes(v)) throw new Error(`'${v}' is not one of ${values.join(', ')}`);
    return v;
  },
  fromArg: (v) => (typeof v === 'string' ? v : values[0]),
});

export const TOPIC_CONFIGS: Readonly<Record<string, TopicConfigSpec>> = Object.freeze({
  'retention.ms': retentionMs,
  'retention.bytes': numberArg('x-max-length-bytes', '-1', 0, -1),
  'segment.bytes': numberArg('x-stream-max-segment-size-bytes', '1073741824', 14),
  'max.message.bytes': numberArg('x-kafka-max-message-bytes', '1048588', 0),
  'cleanup.policy': oneOf('x-kafka-cleanup-policy', ['delete']),
  'message.timestamp.type': oneOf('x-kafka-message-timestamp-type', ['CreateTime']),
});

/** Stream arguments for CreateTopics configs; throws with Kafka's INVALID_CONFIG text. */
export function configsToArgs(
  configs: readonly { name: string; value: string | null }[],
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const c of configs) {
    const spec = TOPIC_CONFIGS[c.name];
    if (!spec) throw new Error(`Unknown topic config name: ${c.name}`);
    if (c.value === null) continue;
    try {
      const v = spec.toArg(c.value);
      if (v !== undefined) args[spec.arg] = v;
    } catch (err) {
      throw new Error(`Invalid value ${c.value} for configuration ${c.name}: ${(err as Error).message}`);
    }
  }
  return args;
}
