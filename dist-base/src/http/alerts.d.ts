import { type AlertRule } from '../broker/operations/alerts.js';
import type { Broker } from '../broker/index.js';
import { type Route } from './router.js';
/**
 * The PromQL expression of one rule. dlq_depth needs the topology (which queues are
 * dead-letter queues), so its expression names the dead-letter queues of `dlqs`
 * (vhost -> queue names) as they are when the file is generated.
 */
export declare function ruleExpression(rule: AlertRule, windowMs: number, dlqs: Map<string, string[]>, recentMs?: number, minBaselineRate?: number): string;
/** The rules as a Prometheus alerting-rules file (YAML). */
export declare function prometheusRulesYaml(broker: Broker): string;
/** The alert routes, and dead-letter replay's (one entry in the server's route list). */
export declare const alertRoutes: Route[];
