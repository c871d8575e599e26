// Closing a channel without waiting forever. amqplib's channel.close() waits for the
// broker's close-ok; if the connection dies after the close was sent (close() called
// just as the socket dropped, before the loss was noticed) the promise never settles,
// although the channel does emit 'close'. Shutdown paths use this instead.
import type { Channel } from 'amqplib';

/** Resolves once the channel is closed, by close-ok or by its connection going away. */
export function closeChannel(ch: Channel): Promise<void> {
  return new Promise<void>((resolve) => {
    ch.once('close', () => resolve());
    ch.close().then(
      () => resolve(),
      () => resolve(),
    );
  });
}
