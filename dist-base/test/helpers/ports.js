// Ports for peers a test or bench starts itself (moto, a private redis-server, a proxy):
// Wharf takes port 0 on its own, but another program needs a number before it starts.
import { connect, createServer } from 'node:net';
/** A port on 127.0.0.1 that was free a moment ago (the OS picked it, then it was released). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const s = createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const port = s.address().port;
            s.close(() => resolve(port));
        });
    });
}
/** Whether something accepts TCP connections on 127.0.0.1:port now. */
export function answers(port) {
    return new Promise((resolve) => {
        const c = connect(port, '127.0.0.1');
        c.once('connect', () => {
            c.destroy();
            resolve(true);
        });
        c.once('error', () => resolve(false));
    });
}
//# sourceMappingURL=ports.js.map