// Definitions export and import (RabbitMQ's GET/POST /api/definitions[/{vhost}]): the
// engine side is src/broker/definitions/definitions-io.ts; this maps it onto HTTP.
import { DefinitionsError, exportDefinitions, exportVhostDefinitions, importDefinitions, } from '../broker/definitions/definitions-io.js';
import { actor } from './access.js';
import { badRequest } from './json.js';
import { vhostOf } from './lookup.js';
import { NO_CONTENT } from './router.js';
/**
 * Applies the body and answers 204 as RabbitMQ does; what Wharf ignores (parameters of
 * plugins it does not have, global parameters) is reported in the broker's log.
 */
async function importBody(ctx, vhost) {
    const body = await ctx.body();
    let warnings;
    try {
        warnings = importDefinitions(ctx.broker, body, vhost, actor(ctx));
    }
    catch (err) {
        if (err instanceof DefinitionsError)
            throw badRequest(err.message);
        throw err;
    }
    for (const w of warnings)
        ctx.broker.config.onWarning?.(`definitions import: ${w}`);
    return NO_CONTENT;
}
export const definitionRoutes = [
    ['GET', '/api/definitions', (ctx) => exportDefinitions(ctx.broker)],
    ['POST', '/api/definitions', (ctx) => importBody(ctx)],
    [
        'GET',
        '/api/definitions/:vhost',
        (ctx) => exportVhostDefinitions(vhostOf(ctx.broker, ctx.params.vhost), ctx.broker),
    ],
    ['POST', '/api/definitions/:vhost', (ctx) => importBody(ctx, ctx.params.vhost)],
];
//# sourceMappingURL=definitions.js.map