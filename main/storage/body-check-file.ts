import { join } from 'node:path';
import type { BodyCheck } from '../core/progress/body-check';
import { bodyCheckSchema } from '../core/progress/body-check-records';
import { jsonlFile, parseJsonLines } from './jsonl-file';

/** The body self-checks, one JSON line each in body-checks.jsonl beside the workstation self-checks. */
export const bodyCheckFile = (dir: string) => {
  const file = jsonlFile<BodyCheck>(join(dir, 'body-checks.jsonl'));
  const all = (): BodyCheck[] => parseJsonLines(file.readText(), bodyCheckSchema);
  return {
    path: file.path,
    add: (answers: BodyCheck['answers'], now: number): BodyCheck => {
      const record = { at: new Date(now).toISOString(), answers };
      file.append(record);
      return record;
    },
    all,
    last: (): BodyCheck | null => all().at(-1) ?? null,
    clear: () => file.clear(),
  };
};

/** The body self-check store. */
export type BodyCheckFile = ReturnType<typeof bodyCheckFile>;
