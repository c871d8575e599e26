// Binding a listener (AMQP, AMQPS, HTTP, HTTPS alike): resolves to the port actually
// bound (port 0 picks a free one), rejects with the listen error (EADDRINUSE, EACCES).
// Once listening, a server's 'error' (an accept that failed, e.g. EMFILE when libuv's
// reserve descriptor is gone too) goes to onError: without a listener Node would throw it
// and end the process. The listener keeps accepting once descriptors are free again.
import type { Server } from 'node:net';

export function listen(
  server: Server,
  host: string,
  port: number,
  onError: (err: Error) => void = () => {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      server.on('error', onError);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}
