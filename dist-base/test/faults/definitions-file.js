// Fault injection on a data dir's definitions log, for test/faults/definitions.test.ts.
// Works on both layouts a data dir may hold: framed lines (`<crc32c hex> <json>`) and the
// plain JSON lines written before records were framed, so the same test can be run against
// older code to show that it failed there.
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32c } from '../../src/store/crc32c.js';
export const definitionsPath = (dataDir) => join(dataDir, 'definitions.jsonl');
function lines(file) {
    const out = [];
    let start = 0;
    while (start < file.length) {
        let end = file.indexOf(0x0a, start);
        if (end < 0)
            end = file.length;
        const text = file.toString('utf8', start, end);
        const framed = /^[0-9a-f]{8} /.test(text);
        out.push({ start, end, framed, json: framed ? text.slice(9) : text });
        start = end + 1;
    }
    return out;
}
/** The line holding the `queue` record of `name`. */
function queueLine(path, name) {
    const found = lines(readFileSync(path)).find((l) => {
        try {
            const r = JSON.parse(l.json);
            return r.op === 'queue' && r.name === name;
        }
        catch {
            return false;
        }
    });
    if (!found)
        throw new Error(`no queue record of '${name}' in ${path}`);
    return found;
}
/** Flips one bit of a byte in the middle of the queue's record (inside its JSON). */
export function flipByteInQueueRecord(path, queue) {
    const l = queueLine(path, queue);
    const file = readFileSync(path);
    // the JSON starts with `{"op":`: a broken quote makes it unparsable as plain JSON too
    const at = l.start + (l.framed ? 9 : 0) + 1;
    file[at] ^= 0x01;
    writeFileSync(path, file);
    return at;
}
/** Cuts the file in the middle of the queue's record; everything after it is gone too. */
export function truncateInQueueRecord(path, queue) {
    const l = queueLine(path, queue);
    const at = l.start + Math.floor((l.end - l.start) / 2);
    truncateSync(path, at);
    return at;
}
/** Replaces the queue's record by a well-formed one whose arguments are `change`d. */
export function rewriteQueueArguments(path, queue, change) {
    const l = queueLine(path, queue);
    const file = readFileSync(path);
    const r = JSON.parse(l.json);
    r.arguments = { ...r.arguments, ...change };
    const json = JSON.stringify(r);
    const body = Buffer.from(json);
    const line = l.framed
        ? `${crc32c(body).toString(16).padStart(8, '0')} ${json}` // still a valid record
        : json;
    writeFileSync(path, Buffer.concat([file.subarray(0, l.start), Buffer.from(line), file.subarray(l.end)]));
}
/** The same change in a queue directory's meta file (one framed line), when it has one. */
export function rewriteMetaArguments(dir, change) {
    const path = join(dir, 'meta');
    if (!existsSync(path))
        return false;
    const meta = JSON.parse(readFileSync(path, 'utf8').slice(9));
    meta.arguments = { ...meta.arguments, ...change };
    const json = JSON.stringify(meta);
    writeFileSync(path, `${crc32c(Buffer.from(json)).toString(16).padStart(8, '0')} ${json}\n`);
    return true;
}
//# sourceMappingURL=definitions-file.js.map