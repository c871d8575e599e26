export declare class SlicedWork {
    private readonly onError;
    private readonly jobs;
    private timer;
    private readonly runScheduled;
    /** `onError`: a step threw; its job is dropped and the others go on */
    constructor(onError: (err: Error) => void);
    /** true while some job has steps left */
    get pending(): boolean;
    add(job: Iterator<unknown>): void;
    /** Drops the remaining steps (the owner is gone). */
    stop(): void;
    private run;
    /** One step of the first job; true when that job is over. */
    private step;
}
