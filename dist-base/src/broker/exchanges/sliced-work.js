// Work too large for one event-loop turn (clearing 100 000 bindings of a deleted queue
// took 4.6 s in one piece), run as generators a few milliseconds at a time. When nothing
// is pending a new job gets its first slice at once, so small jobs finish before the
// operation that made them answers; behind a pending job it waits its turn, so deleting
// many large queues in one go costs one slice now, not one each.
const SLICE_MS = 2;
// steps between two reads of the clock
const CHECK_EVERY = 256;
export class SlicedWork {
    onError;
    jobs = [];
    timer;
    runScheduled = () => {
        this.timer = undefined;
        this.run();
    };
    /** `onError`: a step threw; its job is dropped and the others go on */
    constructor(onError) {
        this.onError = onError;
    }
    /** true while some job has steps left */
    get pending() {
        return this.jobs.length > 0;
    }
    add(job) {
        this.jobs.push(job);
        if (this.jobs.length === 1)
            this.run();
    }
    /** Drops the remaining steps (the owner is gone). */
    stop() {
        this.jobs.length = 0;
        if (this.timer)
            clearImmediate(this.timer);
        this.timer = undefined;
    }
    run() {
        const deadline = performance.now() + SLICE_MS;
        let steps = 0;
        while (this.jobs.length > 0) {
            if (this.step())
                this.jobs.shift();
            else if (++steps % CHECK_EVERY === 0 && performance.now() >= deadline)
                break;
        }
        if (this.jobs.length > 0 && this.timer === undefined)
            this.timer = setImmediate(this.runScheduled);
    }
    /** One step of the first job; true when that job is over. */
    step() {
        try {
            return this.jobs[0].next().done === true;
        }
        catch (err) {
            this.onError(err);
            return true;
        }
    }
}
//# sourceMappingURL=sliced-work.js.map