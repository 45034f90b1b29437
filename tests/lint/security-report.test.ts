import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, parseReport } from '../../scripts/security-report';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/security/${name}`, import.meta.url), 'utf8');
const reviewed = JSON.parse(readFileSync(new URL('../../.ci/electronegativity-reviewed.json', import.meta.url), 'utf8')) as Parameters<typeof judge>[1];

describe('the security gate reads a structured report', () => {
  it('passes a complete report whose findings were all reviewed', () => {
    const report = parseReport(fixture('report.sarif'));
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.findings.map((f) => f.check).sort()).toEqual(['CSP_GLOBAL_CHECK', 'PRELOAD_JS_CHECK']);
    expect(judge(report.findings, reviewed).pass).toBe(true);
  });

  it('treats a report cut short as "the scan did not run", never as a finding', () => {
    const report = parseReport(fixture('truncated.sarif'));
    expect(report).toMatchObject({ ok: false });
    if (report.ok) return;
    expect(report.error).toMatch(/not JSON/);
  });

  it('treats an empty file or another tool\'s JSON as "did not run"', () => {
    expect(parseReport('').ok).toBe(false);
    expect(parseReport('{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Other"}},"results":[]}]}').ok).toBe(false);
  });

  it('fails on a finding nobody reviewed, naming it', () => {
    const report = parseReport(fixture('report.sarif'));
    if (!report.ok) throw new Error(report.error);
    const extra = { check: 'NODE_INTEGRATION_HTML_CHECK', file: 'windows/new-window.ts', line: 3, message: 'nodeIntegration on' };
    const verdict = judge([...report.findings, extra], reviewed);
    expect(verdict.pass).toBe(false);
    expect(verdict.open).toEqual([extra]);
    expect(verdict.lines.join('\n')).toContain('OPEN     NODE_INTEGRATION_HTML_CHECK windows/new-window.ts:3');
  });
});
