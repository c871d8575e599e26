import type { IncomingMessage, ServerResponse } from 'node:http';
/** dashboard/ at the repository root; this module runs from dist/src/http. */
export declare const DASHBOARD_ROOT: string;
/** The file a URL path names inside `root`, or undefined when it would leave it. */
export declare function resolveDashboardPath(urlPath: string, root?: string): string | undefined;
export declare function serveDashboard(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void>;
