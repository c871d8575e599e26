export function listen(server, host, port, onError = () => { }) {
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
//# sourceMappingURL=listen.js.map