// What Wharf tells clients in connection.start. Clients switch features on from the
// capabilities table, so it lists exactly what RabbitMQ lists and Wharf implements.
export function serverProperties(version) {
    return {
        product: 'Wharf',
        version,
        platform: `Node.js ${process.version}`,
        copyright: 'Wharf contributors',
        information: 'Licensed under the MIT license',
        cluster_name: 'wharf',
        capabilities: {
            publisher_confirms: true,
            exchange_exchange_bindings: true,
            'basic.nack': true,
            consumer_cancel_notify: true,
            'connection.blocked': true,
            authentication_failure_close: true,
            per_consumer_qos: true,
            direct_reply_to: true,
            consumer_priorities: false,
        },
    };
}
//# sourceMappingURL=server-properties.js.map