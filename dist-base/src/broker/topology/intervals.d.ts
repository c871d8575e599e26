/** RabbitMQ's stream intervals: a positive integer and one unit of Y M D h m s ("7D", "1h"). */
export declare function parseInterval(v: string): number | undefined;
