import { type Socket } from 'node:net';
/** Called per method frame: class and method ids, and the payload with the arguments after byte 4. */
type MethodListener = (key: number, payload: Buffer, start: number) => void;
export declare class FastAmqp {
    readonly socket: Socket;
    private pending;
    private onMethod;
    private failed;
    closed: boolean;
    private constructor();
    /** Connects, logs in with PLAIN, opens channel 1 (with confirms when asked). */
    static open(url: string, confirms: boolean): Promise<FastAmqp>;
    /** Waits for one method (anything else first is an error: the broker closed us, or a bug). */
    private expect;
    /** Every method frame from now on goes to `fn`; `onError` hears a lost connection. */
    listen(fn: MethodListener, onError: (e: Error) => void): void;
    private read;
    /** basic.publish + header + body for one message, encoded once, to be written many times. */
    static publishFrames(exchange: string, routingKey: string, body: Buffer, persistent: boolean): Buffer;
    write(b: Buffer): boolean;
    close(): void;
}
/** basic.ack frames, one per delivery tag, written into a reused buffer (tag at byte 11). */
export declare class AckWriter {
    private readonly one;
    private batch;
    private n;
    /** Adds the ack of `tag`; flush() writes what was added. */
    add(tag: number): void;
    flush(c: FastAmqp): void;
}
export {};
