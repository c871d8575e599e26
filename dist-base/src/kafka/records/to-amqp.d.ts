import type { PropertiesFormat, StreamRecordConverter } from '../../broker/index.js';
export declare function kafkaToAmqp(format: PropertiesFormat): StreamRecordConverter;
