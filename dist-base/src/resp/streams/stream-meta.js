const SEP = '\u0000';
export class StreamMetaStore {
    journal;
    constructor(journal) {
        this.journal = journal;
    }
    metaKey(vhost, key) {
        return `m${SEP}${vhost}${SEP}${key}`;
    }
    delPrefix(vhost, key) {
        return `d${SEP}${vhost}${SEP}${key}${SEP}`;
    }
    load(vhost, key) {
        const v = this.journal.get(this.metaKey(vhost, key));
        return v === undefined ? undefined : JSON.parse(v.toString());
    }
    save(vhost, key, meta) {
        this.journal.set(this.metaKey(vhost, key), Buffer.from(JSON.stringify(meta)));
    }
    *deletions(vhost, key) {
        const prefix = this.delPrefix(vhost, key);
        for (const [k, v] of this.journal.entries(prefix))
            yield [Number(k.slice(prefix.length)), v.toString()];
    }
    deleteEntry(vhost, key, offset, id) {
        this.journal.set(`${this.delPrefix(vhost, key)}${offset}`, Buffer.from(id));
    }
    /** Forgets the deletion note of one entry (trimmed away). */
    forgetDeletion(vhost, key, offset) {
        this.journal.delete(`${this.delPrefix(vhost, key)}${offset}`);
    }
    /** Forgets deletions of entries below `offset` (trimmed away). */
    forgetBelow(vhost, key, offset) {
        for (const [o] of [...this.deletions(vhost, key)]) {
            if (o < offset)
                this.journal.delete(`${this.delPrefix(vhost, key)}${o}`);
        }
    }
    retiredPrefix(vhost, key) {
        return `r${SEP}${vhost}${SEP}${key}${SEP}`;
    }
    /** A trimmed entry still pending in a group: its ID (redis-stream.ts `retired`). */
    retire(vhost, key, offset, id) {
        this.journal.set(`${this.retiredPrefix(vhost, key)}${offset}`, Buffer.from(id));
    }
    forgetRetired(vhost, key, offset) {
        this.journal.delete(`${this.retiredPrefix(vhost, key)}${offset}`);
    }
    *retired(vhost, key) {
        const prefix = this.retiredPrefix(vhost, key);
        for (const [k, v] of this.journal.entries(prefix))
            yield [Number(k.slice(prefix.length)), v.toString()];
    }
    expiryKey(vhost, key) {
        return `e${SEP}${vhost}${SEP}${key}`;
    }
    /** EXPIRE's deadline (ms since the epoch, exact 64-bit as Redis keeps it), or undefined. */
    expiry(vhost, key) {
        const v = this.journal.get(this.expiryKey(vhost, key));
        return v === undefined ? undefined : BigInt(v.toString());
    }
    setExpiry(vhost, key, at) {
        if (at === undefined)
            this.journal.delete(this.expiryKey(vhost, key));
        else
            this.journal.set(this.expiryKey(vhost, key), Buffer.from(String(at)));
    }
    /** Every (key, deadline) of a vhost. */
    *expiries(vhost) {
        const prefix = `e${SEP}${vhost}${SEP}`;
        for (const [k, v] of this.journal.entries(prefix))
            yield [k.slice(prefix.length), BigInt(v.toString())];
    }
    groupPrefix(vhost, key) {
        return `g${SEP}${vhost}${SEP}${key}${SEP}`;
    }
    /**
     * The ID XGROUP CREATE/SETID gave a group and the offset it stood for: the group's last-delivered-id as
     * long as the group has delivered nothing since (IDs between entries have no offset of their own).
     */
    groupId(vhost, key, group) {
        const v = this.journal.get(this.groupPrefix(vhost, key) + group);
        if (v === undefined)
            return undefined;
        const [offset, id] = v.toString().split('|');
        return { offset: Number(offset), id };
    }
    setGroupId(vhost, key, group, offset, id) {
        const k = this.groupPrefix(vhost, key) + group;
        if (id === undefined)
            this.journal.delete(k);
        else
            this.journal.set(k, Buffer.from(`${offset}|${id}`));
    }
    /** The stream is gone: everything about it. */
    forget(vhost, key) {
        for (const [k] of [...this.journal.entries(this.groupPrefix(vhost, key))])
            this.journal.delete(k);
        for (const [k] of [...this.journal.entries(this.retiredPrefix(vhost, key))])
            this.journal.delete(k);
        this.journal.delete(this.metaKey(vhost, key));
        this.journal.delete(this.expiryKey(vhost, key));
        for (const [o] of [...this.deletions(vhost, key)])
            this.journal.delete(`${this.delPrefix(vhost, key)}${o}`);
    }
    sync(cb) {
        this.journal.sync(cb);
    }
}
//# sourceMappingURL=stream-meta.js.map