// Every protocol front Wharf can run, in start order (stopped in reverse). A new front
// adds one line here and its options to WharfOptions; src/server.ts needs no change.
import { amqpFront } from '../amqp/front.js';
import { httpFront } from '../http/front.js';
import { kafkaFront } from '../kafka/front.js';
import { respFront } from '../resp/front.js';
import { sqsFront } from '../sqs/front.js';
export const FRONTS = [amqpFront, httpFront, respFront, kafkaFront, sqsFront];
//# sourceMappingURL=registry.js.map