import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_MAX_BYTES, setupLogger } from '../../../main/platform/logger';

describe('the log file', () => {
  it('writes to logs/main.log in the user-data folder and rotates at the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-log-'));
    const logger = setupLogger(dir, false);
    expect(logger.path).toBe(join(dir, 'logs', 'main.log'));
    logger.warn('settings: 1 problem(s)');
    const line = 'x'.repeat(1000);
    for (let i = 0; i < (LOG_MAX_BYTES / 1000) * 1.5; i += 1) logger.info(line);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(join(dir, 'logs', 'main.old.log'))).toBe(true);
    expect(statSync(logger.path).size).toBeLessThanOrEqual(LOG_MAX_BYTES);
    expect(readFileSync(join(dir, 'logs', 'main.old.log'), 'utf8')).toMatch(/\[warn\]\s+settings: 1 problem\(s\)/);
  });
});
