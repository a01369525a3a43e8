import { describe, expect, test } from '@jest/globals';
import { result } from '../support/result.js';
import { formatJson } from '../../src/formatters/json.js';

describe('formatJson', () => {
  test('a hostile file name and message read back exactly: JSON escapes them, nothing else is needed', () => {
    const path = 'evil"},{"filePath":"x\u001B[2J\n\u2028\u0000\uD800.md';
    const message = '"]}]\u0007</script><script>alert(1)</script>\r\n\\u0000 \uDC00 \u{1F600}';
    const output = formatJson([result(path, [{ ruleId: 'r', severity: 'error', message, line: 1, column: 1 }])]);
    // well-formed JSON (lone surrogates escaped as \udXXX), one result, the same strings back
    expect(output).not.toMatch(/[\u0000-\u001F](?<!\n)/);
    expect(output).not.toMatch(/[\uD800-\uDFFF]/u);
    const report = JSON.parse(output) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    expect(report).toHaveLength(1);
    expect(report[0]!.filePath).toBe(path);
    expect(report[0]!.messages[0]!.message).toBe(message);
  });
});
