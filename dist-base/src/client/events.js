// The client's events, typed. A thin layer over EventEmitter so listeners get checked
// argument types and an `error` with no listener does not throw (Node's default would
// crash the process for what is only an observability signal here).
import { EventEmitter } from 'node:events';
export class TypedEmitter {
    emitter = new EventEmitter();
    on(event, listener) {
        this.emitter.on(event, listener);
        return this;
    }
    once(event, listener) {
        this.emitter.once(event, listener);
        return this;
    }
    off(event, listener) {
        this.emitter.off(event, listener);
        return this;
    }
    /** @internal */
    emit(event, ...args) {
        if (event === 'error' && this.emitter.listenerCount('error') === 0)
            return;
        try {
            this.emitter.emit(event, ...args);
        }
        catch (err) {
            // A throwing listener must not break the delivery or publish path that emitted.
            if (event !== 'error' && this.emitter.listenerCount('error') > 0)
                this.emitter.emit('error', err);
        }
    }
}
//# sourceMappingURL=events.js.map