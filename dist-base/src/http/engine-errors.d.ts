import type { BrokerError } from '../broker/index.js';
export interface HttpAnswer {
    status: number;
    body: Record<string, unknown>;
}
/** The status and JSON body an engine refusal is answered with. */
export declare function httpAnswerOf(err: BrokerError): HttpAnswer;
