// librdkafka's built-in mock cluster (test/kafka/py/mock_cluster.py: librdkafka 2.0.2's rd_kafka_mock_cluster_new
// through ctypes) as the client's own ceiling for bench/fronts/kafka.ts: an in-memory Kafka in a process of its
// own, answering acks=all at append with no disk. The same producer run against it and against Wharf shows how
// much of the producing rate is the client's and the machine's, and how much Wharf's (ratio Wharf / mock).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/bench/kafka/mock-cluster.js -> the repository
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCRIPT = join(ROOT, 'test/kafka/py/mock_cluster.py');
const PYTHON = '/usr/bin/python3';

export interface MockCluster {
  bootstrap: string;
  /** the process that runs the mock broker's thread: its CPU is the mock broker's */
  pid: number;
  stop(): Promise<void>;
}

/** A one-broker mock cluster holding `topics` (name -> partitions), reachable over loopback TCP. */
export async function startMockCluster(topics: Record<string, number>): Promise<MockCluster> {
  const specs = Object.entries(topics).map(([name, parts]) => `${name}:${parts}`);
  const child: ChildProcess = spawn(PYTHON, [SCRIPT, ...specs], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const bootstrap = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) ok(out.split('\n')[0].split(',')[0].trim());
    });
    child.on('exit', (code) => fail(new Error(`mock cluster exited with ${code}: ${err.slice(-500)}`)));
  });
  return {
    bootstrap,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = once(child, 'exit');
      child.stdin!.end(); // the script runs until its stdin closes
      await gone;
    },
  };
}
