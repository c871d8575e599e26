// Waiting in raw-socket test clients for something to have arrived: `until(pred)` checks pred
// on each wake() (called by the client on every arrival or close) and at least every 50 ms,
// and fails after `ms`.
export class Arrivals {
  private waiters: (() => void)[] = [];

  wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  async until(pred: () => boolean, ms: number, what: string): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }
}
