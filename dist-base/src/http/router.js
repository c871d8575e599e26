import { guard } from './access.js';
/** A handler answers a JSON value (200), NO_CONTENT (204), or a TextResponse. */
export const NO_CONTENT = Symbol('no content');
/** 201 Created with no body (RabbitMQ's answer when a PUT or binding POST creates). */
export const CREATED = Symbol('created');
/** 201 Created with a Location header naming the new object (RabbitMQ's binding POST). */
export class CreatedAt {
    location;
    constructor(location) {
        this.location = location;
    }
}
/** A non-JSON answer (e.g. a YAML file). */
export class TextResponse {
    contentType;
    body;
    constructor(contentType, body) {
        this.contentType = contentType;
        this.body = body;
    }
}
export class Router {
    routes;
    constructor(routes) {
        this.routes = routes.map(([method, pattern, handler]) => ({
            method,
            parts: pattern.split('/'),
            handler: guard(method, pattern, handler),
        }));
    }
    match(method, path) {
        const segments = path.split('/');
        let decoded;
        try {
            decoded = segments.map(decodeURIComponent);
        }
        catch {
            return { kind: 'none' };
        }
        let methodMismatch = false;
        for (const r of this.routes) {
            if (r.parts.length !== decoded.length)
                continue;
            const params = {};
            let ok = true;
            for (let i = 0; i < r.parts.length && ok; i++) {
                const p = r.parts[i];
                if (p.startsWith(':'))
                    params[p.slice(1)] = decoded[i];
                else
                    ok = p === segments[i];
            }
            if (!ok)
                continue;
            if (r.method !== method && !(r.method === 'GET' && method === 'HEAD')) {
                methodMismatch = true;
                continue;
            }
            return { kind: 'found', handler: r.handler, params };
        }
        return methodMismatch ? { kind: 'method' } : { kind: 'none' };
    }
}
//# sourceMappingURL=router.js.map