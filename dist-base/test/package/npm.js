// Running npm, npx and programs from a directory outside the repository, bounded in time, with
// an environment free of the npm_* variables an outer `npm test` sets (npm_config_local_prefix
// would point an inner install back at the repository).
import { spawn } from 'node:child_process';
export function cleanEnv(extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (!/^npm_/i.test(k) && k !== 'INIT_CWD')
            env[k] = v;
    }
    return { ...env, ...extra };
}
/** Runs a command to its end; rejects when it takes longer than `ms` (and kills it). */
export function run(cmd, args, cwd, ms, env = cleanEnv()) {
    return new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`${cmd} ${args.join(' ')} took over ${ms} ms\n${stdout}\n${stderr}`));
        }, ms);
        child.once('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
    });
}
/** Whether the npm registry answers (the install needs it for the package's dependencies). */
export async function registryReachable(cwd) {
    try {
        const r = await run('npm', ['view', 'amqplib', 'version'], cwd, 30_000);
        return r.code === 0 ? undefined : `npm view failed: ${r.stderr.trim().split('\n')[0]}`;
    }
    catch (err) {
        return err.message.split('\n')[0];
    }
}
//# sourceMappingURL=npm.js.map