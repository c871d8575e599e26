// A one-line progress bar on stderr for the long operations (dlq replay in chunks,
// consume --count): `[#######.......]  1200/5000  24%  850/s  eta 4s`, redrawn in place
// at most 10 times a second. Drawn only when asked to (--progress) or, by default, when
// stderr is a terminal, so pipes and log files never see carriage returns.
const WIDTH = 28;
const REDRAW_MS = 100;
export class ProgressBar {
    total;
    unit;
    stream;
    done = 0;
    lastDraw = 0;
    drawn = false;
    started = Date.now();
    constructor(total, unit, stream) {
        this.total = total;
        this.unit = unit;
        this.stream = stream;
    }
    /**
     * A bar when the options (or a terminal on stderr) ask for one, else undefined;
     * `alsoWhenStdoutIsTty` is false for commands whose stdout shares the terminal.
     */
    static maybe(opts, total, unit, alsoWhenStdoutIsTty = true) {
        const stream = process.stderr;
        const auto = !!stream.isTTY && (alsoWhenStdoutIsTty || !process.stdout.isTTY);
        return (opts.progress ?? auto) ? new ProgressBar(total, unit, stream) : undefined;
    }
    /** Sets the amount done (and the total, when it turns out different); redraws if due. */
    update(done, total = this.total) {
        this.done = done;
        this.total = total;
        const now = Date.now();
        if (now - this.lastDraw >= REDRAW_MS)
            this.draw(now);
    }
    /** Removes the bar from the line, so other output can be written there. */
    clear() {
        if (this.drawn)
            this.stream.write('\r\x1b[2K');
        this.drawn = false;
        this.lastDraw = 0;
    }
    /** Draws the final state and moves to the next line. */
    finish() {
        this.draw(Date.now());
        this.stream.write('\n');
        this.drawn = false;
    }
    draw(now) {
        this.lastDraw = now;
        this.drawn = true;
        this.stream.write(`\r\x1b[2K${this.line(now)}`);
    }
    line(now = Date.now()) {
        const total = Math.max(this.total, this.done);
        const frac = total > 0 ? this.done / total : 1;
        const filled = Math.round(frac * WIDTH);
        const secs = (now - this.started) / 1000;
        const rate = secs > 0 ? this.done / secs : 0;
        const left = total - this.done;
        const eta = rate > 0 && left > 0 ? `  eta ${Math.ceil(left / rate)}s` : '';
        return (`[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]  ${this.done}/${total} ${this.unit}` +
            `  ${Math.floor(frac * 100)}%  ${rate.toFixed(rate < 10 ? 1 : 0)}/s${eta}`);
    }
}
//# sourceMappingURL=progress.js.map