// Binding a listener (AMQP, AMQPS, HTTP, HTTPS alike): resolves to the port actually
// bound (port 0 picks a free one), rejects with the listen error (EADDRINUSE, EACCES).
import type { Server } from 'node:net';

export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}
