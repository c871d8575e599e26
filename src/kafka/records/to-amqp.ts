// Kafka records as AMQP stream consumers receive them (registered as the broker's converter for
// the Kafka stream format while the Kafka front runs): one delivery per record, at the record's own
// offset (x-stream-offset), body = value, routing key = key (UTF-8; empty when null), headers =
// the record headers (UTF-8 text; a null value as void). Control batches (transaction markers)
// carry no records for applications and are skipped, as Kafka consumers skip them.
import type { ConvertedRecord, PropertiesFormat, StreamRecordConverter } from '../../broker/index.js';
import { BatchView, readRecords } from '../codec/index.js';

const EMPTY = Buffer.alloc(0);

export function kafkaToAmqp(format: PropertiesFormat): StreamRecordConverter {
  return (rec) => {
    const view = new BatchView(rec.body, 0, rec.body.length);
    if (view.isControl) return [];
    const out: ConvertedRecord[] = [];
    for (const r of readRecords(view)) {
      const headers: Record<string, unknown> = {};
      for (const h of r.headers) headers[h.key] = h.value === null ? null : h.value.toString('utf8');
      out.push({
        offset: r.offset,
        exchange: '',
        routingKey: r.key === null ? '' : r.key.toString('utf8'),
        properties: format.encode({ headers, delivery_mode: 2 }),
        body: r.value ?? EMPTY,
      });
    }
    return out;
  };
}
