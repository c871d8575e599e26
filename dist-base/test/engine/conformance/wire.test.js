// The conformance suites through each front's wire, with that protocol's real client: the
// same cases the engine passes (engine.test.ts), skipped only where the protocol cannot say it.
import { spawnSync } from 'node:child_process';
import { queueConformance } from './queue-suite.js';
import { streamConformance } from './stream-suite.js';
import { amqpQueueDriver } from './wire/amqp.js';
import { kafkaStreamDriver } from './wire/kafka.js';
import { respStreamDriver } from './wire/resp.js';
import { sqsQueueDriver } from './wire/sqs.js';
queueConformance(amqpQueueDriver());
queueConformance(sqsQueueDriver());
streamConformance(respStreamDriver());
if (spawnSync('kcat', ['-V'], { stdio: 'ignore' }).status === 0)
    streamConformance(kafkaStreamDriver());
else
    console.log('# SKIP the Kafka stream conformance run: kcat is not installed (apt-get install kcat)');
//# sourceMappingURL=wire.test.js.map