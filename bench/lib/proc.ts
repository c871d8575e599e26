// Process memory and limits read straight from /proc (Linux only), so the broker
// under test needs no cooperation and RabbitMQ is only observed, never touched.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Mem {
  rssKb: number;
  hwmKb: number;
}

/** VmRSS and VmHWM of a process, or undefined if it is gone or unreadable. */
export function readMem(pid: number): Mem | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(s);
    const hwm = /VmHWM:\s+(\d+)/.exec(s);
    if (!rss) return undefined;
    return { rssKb: Number(rss[1]), hwmKb: hwm ? Number(hwm[1]) : Number.NaN };
  } catch {
    return undefined;
  }
}

/** Pid of the first process whose comm is `name` (e.g. beam.smp), if any. */
export function findPid(name: string): number | undefined {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() === name) return Number(d);
    } catch {
      // raced with process exit
    }
  }
  return undefined;
}

/** Soft RLIMIT_NOFILE of a process: caps how many connections a broker can hold. */
export function softFdLimit(pid: number): number | undefined {
  try {
    const m = /Max open files\s+(\d+)/.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples VmRSS every `everyMs` until stopped and keeps the peak. Needed for
 * RabbitMQ: its VmHWM covers its whole (long) life, not just our scenario.
 */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  peakKb = 0;
  lastKb = 0;

  constructor(
    private readonly pid: number | undefined,
    everyMs = 100,
  ) {
    if (pid === undefined) return;
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): number {
    if (this.pid === undefined) return Number.NaN;
    const m = readMem(this.pid);
    if (m) {
      this.lastKb = m.rssKb;
      if (m.rssKb > this.peakKb) this.peakKb = m.rssKb;
    }
    return this.lastKb;
  }

  stop(): { peakKb: number; lastKb: number } {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return { peakKb: this.pid === undefined ? Number.NaN : this.peakKb, lastKb: this.lastKb };
  }
}

let clockTicks: number | undefined;

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux when unknown). */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const n = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim());
    clockTicks = Number.isFinite(n) && n > 0 ? n : 100;
  }
  return clockTicks;
}

/**
 * User + system CPU seconds a process has used so far (every thread: a broker's CPU, not
 * its clients'), or NaN when it is gone or unknown. Resolution is one clock tick (10 ms).
 */
export function readCpuSeconds(pid: number | undefined): number {
  const { user, system } = readCpuSplit(pid);
  return user + system;
}

/** User and system CPU seconds of a process, all threads (NaN when it is gone or unknown). */
export function readCpuSplit(pid: number | undefined): { user: number; system: number } {
  if (pid === undefined) return { user: Number.NaN, system: Number.NaN };
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name (which may hold spaces) start at ") "; utime and stime are fields 14 and 15
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(f[11]) / ticksPerSecond(), system: Number(f[12]) / ticksPerSecond() };
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}

export interface SchedStat {
  /** seconds the thread ran on a CPU */
  run: number;
  /** seconds it was runnable but waited for a CPU (other processes' load) */
  wait: number;
}

/**
 * The main thread's scheduler times (/proc/PID/task/PID/schedstat), or undefined when unreadable. Its wait
 * is what the machine's other load costs a broker whose every answer passes through that thread.
 */
export function readSchedStat(pid: number | undefined): SchedStat | undefined {
  if (pid === undefined) return undefined;
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { run: run / 1e9, wait: wait / 1e9 };
  } catch {
    return undefined;
  }
}
