import { join } from 'node:path';
import type { FeedbackRecord, Rating } from '../core/progress/feedback';
import { feedbackRecordSchema } from '../core/progress/feedback-records';
import { jsonlFile, parseJsonLines } from './jsonl-file';

/** The feedback tap's ratings, one JSON line per finished break that was rated, in feedback.jsonl. */
export const feedbackFile = (dir: string) => {
  const file = jsonlFile<FeedbackRecord>(join(dir, 'feedback.jsonl'));
  return {
    path: file.path,
    add: (input: { technique: string; rating: Rating }, now: number): FeedbackRecord => {
      const record = { at: new Date(now).toISOString(), technique: input.technique, rating: input.rating };
      file.append(record);
      return record;
    },
    all: (): FeedbackRecord[] => parseJsonLines<FeedbackRecord>(file.readText(), feedbackRecordSchema),
    clear: () => file.clear(),
  };
};

/** The feedback store. */
export type FeedbackFile = ReturnType<typeof feedbackFile>;
