import { type TestContext } from 'node:test';
export type BrokerName = 'wharf' | 'rabbitmq';
export interface Brokers {
    /** Wharf's URL; throws the start error if Wharf did not come up. */
    wharf(): Promise<string>;
    /** RabbitMQ's URL, or null when it is not reachable. */
    rabbit(): Promise<string | null>;
}
export declare function useBrokers(): Brokers;
export interface PerBrokerOptions {
    timeout?: number;
}
/**
 * One test per broker, named `<name> [rabbitmq]` and `<name> [wharf]`; the RabbitMQ one is
 * skipped with a message when RabbitMQ is not reachable.
 */
export declare function testEachBroker(brokers: Brokers, name: string, fn: (url: string, t: TestContext, broker: BrokerName) => Promise<void>, opts?: PerBrokerOptions): void;
