export class MemoryJournal {
    map = new Map();
    closed = false;
    get size() {
        return this.map.size;
    }
    get(key) {
        return this.map.get(key);
    }
    has(key) {
        return this.map.has(key);
    }
    *entries(prefix = '') {
        for (const e of this.map)
            if (e[0].startsWith(prefix))
                yield e;
    }
    set(key, value) {
        this.assertOpen();
        this.map.set(key, Buffer.from(value)); // a private copy, as Journal keeps
    }
    delete(key) {
        this.assertOpen();
        return this.map.delete(key);
    }
    sync(cb) {
        if (this.closed)
            return void setImmediate(cb, new Error('journal closed'));
        process.nextTick(cb);
    }
    close() {
        this.closed = true;
        return Promise.resolve();
    }
    destroy() {
        this.closed = true;
        this.map.clear();
        return Promise.resolve();
    }
    assertOpen() {
        if (this.closed)
            throw new Error('journal closed');
    }
}
//# sourceMappingURL=memory-journal.js.map