/** Resolves once the channel is closed, by close-ok or by its connection going away. */
export function closeChannel(ch) {
    return new Promise((resolve) => {
        ch.once('close', () => resolve());
        ch.close().then(() => resolve(), () => resolve());
    });
}
//# sourceMappingURL=close-channel.js.map