#!/usr/bin/env node
// The `wharf` command. The broker's dependencies are optional dependencies of the package, so
// that `npm install wharfmq --omit=optional` gives the SDK (wharfmq/client) alone; the command
// then cannot run, and says why instead of printing a module-resolution stack.
try {
    await import('./main.js');
}
catch (err) {
    const missing = /Cannot find (?:package|module) '([^']+)'/.exec(err.message)?.[1];
    if (err.code !== 'ERR_MODULE_NOT_FOUND' || missing === undefined)
        throw err;
    console.error(`wharf: '${missing}' is not installed. The broker's dependencies are optional dependencies of ` +
        `wharfmq, left out by --omit=optional (which keeps the SDK only); reinstall with ` +
        `\`npm install wharfmq --include=optional\`.`);
    process.exitCode = 1;
}
export {};
//# sourceMappingURL=bin.js.map