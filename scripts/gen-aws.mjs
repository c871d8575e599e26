#!/usr/bin/env node
// Generates src/sqs/codec/models.generated.ts from botocore's service models
// (../shared/spec/aws, see its SOURCE.md): for SQS and SNS, every operation's input, output and
// errors, and every shape with what the wire needs (members, required members, list and map
// flattening, query/XML names, enums). SQS comes from two models: the current JSON-protocol
// model gives the members and types; the last query-protocol model (botocore 1.34.89) gives
// the query names and each error's query code, HTTP status and sender fault, which the JSON
// model dropped. Members the query model lacks take botocore's default query names.
//
// Usage: node scripts/gen-aws.mjs [specDir] [--out file.ts]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let specDir = resolve(root, '../shared/spec/aws');
let outPath = resolve(root, 'src/sqs/codec/models.generated.ts');
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--out') outPath = resolve(argv[++i]);
  else specDir = resolve(argv[i]);
}
const load = (f) => JSON.parse(readFileSync(join(specDir, f), 'utf8'));

function shapeOf(name, s, q, queryShapes) {
  // q: the same shape in the query model, when there is one (it carries the query names).
  switch (s.type) {
    case 'structure': {
      const members = {};
      for (const [m, ref] of Object.entries(s.members ?? {})) {
        const out = { shape: ref.shape };
        // botocore merges a member reference over its shape, so a shape-level locationName
        // (TagMap's `Tag`) names every member of that shape that does not rename it.
        const qName =
          q?.members?.[m]?.locationName ?? ref.locationName ?? queryShapes[ref.shape]?.locationName;
        if (qName !== undefined && qName !== m) out.queryName = qName;
        members[m] = out;
      }
      const out = { type: 'structure', members, required: s.required ?? [] };
      if (s.exception) out.exception = true;
      return out;
    }
    case 'list': {
      const out = { type: 'list', member: s.member.shape, flattened: Boolean((q ?? s).flattened) };
      const memberName = q?.member?.locationName ?? s.member.locationName;
      if (memberName !== undefined) out.memberName = memberName;
      return out;
    }
    case 'map': {
      const out = {
        type: 'map',
        key: s.key.shape,
        value: s.value.shape,
        flattened: Boolean((q ?? s).flattened),
      };
      const keyName = q?.key?.locationName ?? s.key.locationName;
      const valueName = q?.value?.locationName ?? s.value.locationName;
      if (keyName !== undefined) out.keyName = keyName;
      if (valueName !== undefined) out.valueName = valueName;
      return out;
    }
    default: {
      const out = { type: s.type };
      if (s.enum) out.enum = s.enum;
      return out;
    }
  }
}

function service(model, queryModel, jsonErrorNamespace) {
  const operations = {};
  for (const [name, op] of Object.entries(model.operations).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const qop = queryModel?.operations?.[name];
    const out = { errors: (op.errors ?? []).map((e) => e.shape) };
    if (op.input) out.input = op.input.shape;
    if (op.output) out.output = op.output.shape;
    const wrapper = qop?.output?.resultWrapper ?? op.output?.resultWrapper;
    if (wrapper) out.resultWrapper = wrapper;
    else if (op.output) out.resultWrapper = `${name}Result`;
    operations[name] = out;
  }
  const shapes = {};
  const errors = {};
  for (const [name, s] of Object.entries(model.shapes).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const q = queryModel?.shapes?.[name];
    shapes[name] = shapeOf(name, s, q, (queryModel ?? model).shapes);
    if (s.exception) {
      const e = q?.error ?? s.error ?? {};
      errors[name] = {
        queryCode: e.code ?? name,
        httpStatus: e.httpStatusCode ?? 400,
        senderFault: e.senderFault ?? false,
      };
    }
  }
  const out = {
    xmlNamespace: (queryModel ?? model).metadata.xmlNamespace,
    apiVersion: model.metadata.apiVersion,
    operations,
    shapes,
    errors,
  };
  if (model.metadata.protocol === 'json') {
    out.targetPrefix = model.metadata.targetPrefix;
    out.jsonErrorNamespace = jsonErrorNamespace;
  }
  return out;
}

const sqs = service(
  load('sqs-2012-11-05.service-2.json'),
  load('sqs-2012-11-05.service-2.query-1.34.89.json'),
  'com.amazonaws.sqs',
);
const snsModel = load('sns-2010-03-31.service-2.json');
const sns = service(snsModel, snsModel);

const notice = readFileSync(join(specDir, 'NOTICE'), 'utf8').trimEnd().split('\n');
const out = [
  '// GENERATED FILE - DO NOT EDIT.',
  "// Produced by scripts/gen-aws.mjs from botocore's SQS and SNS service models (../shared/spec/aws);",
  '// run `npm run gen` to refresh. test/sqs/codec/request.test.ts fails when this file is stale.',
  '// The models are Apache-2.0 (../shared/spec/aws/LICENSE.txt); their NOTICE reads:',
  '//',
  ...notice.map((l) => `// ${l}`.trimEnd()),
  '',
  "import type { ServiceModel } from './model.js';",
  '',
  `export const SQS_MODEL: ServiceModel = ${JSON.stringify(sqs, null, 1)};`,
  '',
  `export const SNS_MODEL: ServiceModel = ${JSON.stringify(sns, null, 1)};`,
  '',
];
writeFileSync(outPath, out.join('\n'));
