export interface ProgressOptions {
    /** --progress / --no-progress; undefined means "when stderr is a terminal" */
    progress?: boolean;
}
export declare class ProgressBar {
    private total;
    private readonly unit;
    private readonly stream;
    private done;
    private lastDraw;
    private drawn;
    private readonly started;
    private constructor();
    /**
     * A bar when the options (or a terminal on stderr) ask for one, else undefined;
     * `alsoWhenStdoutIsTty` is false for commands whose stdout shares the terminal.
     */
    static maybe(opts: ProgressOptions, total: number, unit: string, alsoWhenStdoutIsTty?: boolean): ProgressBar | undefined;
    /** Sets the amount done (and the total, when it turns out different); redraws if due. */
    update(done: number, total?: number): void;
    /** Removes the bar from the line, so other output can be written there. */
    clear(): void;
    /** Draws the final state and moves to the next line. */
    finish(): void;
    private draw;
    line(now?: number): string;
}
