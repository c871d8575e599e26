import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodecError, CodecErrorCode, ReplyCode } from '../../src/amqp/codec/index.js';
test('CodecErrorCode repeats the spec reply codes', () => {
    for (const [name, code] of Object.entries(CodecErrorCode)) {
        assert.equal(ReplyCode[name], code, name);
    }
});
test('CodecError carries its reply code and method', () => {
    const e = new CodecError(CodecErrorCode.SYNTAX_ERROR, 'bad', 60, 40);
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'CodecError');
    assert.deepEqual([e.replyCode, e.classId, e.methodId, e.message], [502, 60, 40, 'bad']);
});
//# sourceMappingURL=errors.test.js.map