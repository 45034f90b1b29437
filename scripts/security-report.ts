// Reads electronegativity's SARIF report and judges it. Kept apart from the runner so the
// judgement is tested with fixture reports (tests/lint/security-report.test.ts).
import { z } from 'zod';

/** One finding: which check, in which file (relative to main/), where. */
export interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
}

/** A finding that was looked at and justified in .ci/electronegativity-reviewed.json. */
export interface Reviewed {
  check: string;
  file: string;
  reason: string;
}

const sarif = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        tool: z.object({ driver: z.object({ name: z.literal('Electronegativity') }) }),
        results: z.array(
          z.object({
            ruleId: z.string().regex(/^[A-Z_]+$/),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string().min(1) }),
                    region: z.object({ startLine: z.number().int() }).optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .length(1),
});

/**
 * Parses a report. A report that is not complete, well-formed SARIF from electronegativity (cut
 * short, empty, another tool's) means the scan did not run — never that it found something.
 */
export const parseReport = (text: string): { ok: true; findings: Finding[] } | { ok: false; error: string } => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `the report is not JSON (${(error as Error).message})` };
  }
  const parsed = sarif.safeParse(json);
  if (!parsed.success) return { ok: false, error: `the report is not electronegativity's SARIF (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})` };
  return {
    ok: true,
    findings: parsed.data.runs[0]!.results.map((r) => ({
      check: r.ruleId,
      file: r.locations[0]!.physicalLocation.artifactLocation.uri,
      line: r.locations[0]!.physicalLocation.region?.startLine ?? 1,
      message: r.message.text,
    })),
  };
};

/**
 * The verdict: every finding, whatever its level, must have been reviewed (SARIF from
 * electronegativity carries no severity, so nothing is waved through as "informational").
 */
export const judge = (findings: readonly Finding[], reviewed: readonly Reviewed[]) => {
  const isReviewed = (f: Finding) => reviewed.some((r) => r.check === f.check && r.file === f.file);
  const open = findings.filter((f) => !isReviewed(f));
  const lines = [
    `security scan: ${findings.length} finding(s), ${findings.length - open.length} reviewed, ${open.length} open`,
    ...findings.map((f) => `  ${isReviewed(f) ? 'reviewed' : 'OPEN    '} ${f.check} ${f.file}:${f.line} — ${f.message}`),
  ];
  return { pass: open.length === 0, open, lines };
};
