// Latency samples (µs) a client worker collects: a growing Float64Array, handed back once at the end.
export class Samples {
  private buf = new Float64Array(1 << 14);
  n = 0;
  push(x: number) {
    if (this.n === this.buf.length) {
      const b = new Float64Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = x;
  }
  take(): Float64Array {
    return this.buf.slice(0, this.n);
  }
}
