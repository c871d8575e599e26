// RabbitMQ's list query parameters for the management API's listings: `name` (filter;
// a substring, case-insensitive, or a regular expression with `use_regex=true`),
// `sort` (a field, dotted for nested ones like `message_stats.publish_details.rate`),
// `sort_reverse`, and `page`/`page_size`, which turn the answer into
// {filtered_count, item_count, items, page, page_count, page_size, total_count}.
// With thousands of queues the dashboard asks for one page, so only that page's
// objects are rendered as JSON; sorting on a field the cheap accessor knows needs no
// JSON at all.
import { badRequest } from './json.js';
const MAX_PAGE_SIZE = 500;
export function listWithQuery(query, items, lister) {
    const total = items.length;
    let list = items;
    const name = query.get('name');
    if (name) {
        let match;
        if (query.get('use_regex') === 'true') {
            let re;
            try {
                re = new RegExp(name);
            }
            catch (err) {
                throw badRequest(`invalid regular expression: ${err.message}`);
            }
            match = (s) => re.test(s);
        }
        else {
            const needle = name.toLowerCase();
            match = (s) => s.toLowerCase().includes(needle);
        }
        list = list.filter((it) => match(lister.name(it)));
    }
    // JSON of items rendered for sorting is kept, so nothing is rendered twice
    const rendered = new Map();
    const json = (it) => {
        let j = rendered.get(it);
        if (!j)
            rendered.set(it, (j = lister.json(it)));
        return j;
    };
    const sortField = query.get('sort');
    if (sortField) {
        const cheap = lister.field?.(list[0], sortField) !== undefined || list.length === 0;
        const value = (it) => (cheap ? lister.field(it, sortField) : dig(json(it), sortField));
        const keyed = list.map((it) => [value(it), it]);
        keyed.sort(([a, x], [b, y]) => compare(a, b) || byText(lister.name(x), lister.name(y)));
        if (query.get('sort_reverse') === 'true')
            keyed.reverse();
        list = keyed.map(([, it]) => it);
    }
    const pageParam = query.get('page');
    if (pageParam === null)
        return list.map(json);
    const page = Number(pageParam);
    const pageSize = Number(query.get('page_size') ?? 100);
    if (!Number.isInteger(page) || page < 1)
        throw badRequest('page must be a positive integer');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
        throw badRequest(`page_size must be an integer between 1 and ${MAX_PAGE_SIZE}`);
    const pageCount = Math.max(1, Math.ceil(list.length / pageSize));
    if (page > pageCount)
        throw badRequest(`page ${page} is out of range (${pageCount} pages)`);
    const pageItems = list.slice((page - 1) * pageSize, page * pageSize).map(json);
    return {
        filtered_count: list.length,
        item_count: pageItems.length,
        items: pageItems,
        page,
        page_count: pageCount,
        page_size: pageSize,
        total_count: total,
    };
}
function dig(obj, path) {
    let v = obj;
    for (const part of path.split('.')) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[part];
    }
    return v;
}
/** Numbers before strings before missing values, as a stable total order. */
function compare(a, b) {
    const rank = (v) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb)
        return ra - rb;
    if (ra === 0)
        return a - b;
    if (ra === 1)
        return byText(a, b);
    return 0;
}
/** Code-unit order, like RabbitMQ's binary sort (and much cheaper than localeCompare). */
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=pagination.js.map