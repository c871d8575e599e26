import { BrokerError } from '../broker/index.js';
export declare class AmqpError extends Error {
    readonly replyCode: number;
    readonly text: string;
    readonly connectionLevel: boolean;
    classId: number;
    methodId: number;
    constructor(replyCode: number, text: string, connectionLevel: boolean, classId?: number, methodId?: number);
}
/** The engine's codes and the session layer's own (framing and sequencing errors). */
declare const CODES: Record<string, [number, string]>;
/** RabbitMQ's reply text convention: "NOT_FOUND - no queue 'q' in vhost '/'". */
export declare function amqpError(code: keyof typeof CODES, message: string, forceConnection?: boolean): AmqpError;
export declare function fromBroker(err: BrokerError): AmqpError;
/** Anything thrown while handling a method becomes an AmqpError (unexpected ones: 541). */
export declare function toAmqpError(err: unknown): AmqpError;
export {};
