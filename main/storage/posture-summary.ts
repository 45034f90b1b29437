import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes, postureMinuteSchema, type PostureMinute } from '../core/posture/summary';
import { jsonlFile } from './jsonl-file';

/** The per-minute posture summaries: numbers only, at most one line per minute. */
export interface PostureSummaryFile {
  path: string;
  /** Appends one minute; a minute already written, or anything that is not a minute's numbers, is refused. */
  append: (minute: PostureMinute) => boolean;
  /** Every stored minute, oldest first. */
  read: () => PostureMinute[];
  clear: () => void;
}

/** Opens `posture-summary.jsonl` in the user-data folder. */
export const postureSummaryFile = (userData: string): PostureSummaryFile => {
  const file = jsonlFile<PostureMinute>(join(userData, 'posture-summary.jsonl'));
  let lastAt = -1;
  // The status is asked for at every burst (once a minute): the file is parsed again only when its
  // size changed, which also notices Delete all clearing it through another handle.
  let cached: { size: number; minutes: PostureMinute[] } | null = null;
  const sizeNow = () => statSync(file.path, { throwIfNoEntry: false })?.size ?? 0;
  const read = (): PostureMinute[] => {
    const size = sizeNow();
    if (!cached || cached.size !== size) cached = { size, minutes: parseMinutes(file.readText()) };
    return cached.minutes;
  };
  return {
    path: file.path,
    append: (minute) => {
      // Parsed with the strict schema, so no extra field (let alone image data) can ride along.
      const checked = postureMinuteSchema.safeParse(minute);
      if (!checked.success) return false;
      if (lastAt < 0) lastAt = read().at(-1)?.at ?? 0;
      if (checked.data.at <= lastAt) return false;
      lastAt = checked.data.at;
      file.append(checked.data);
      return true;
    },
    read,
    clear: () => {
      file.clear();
      lastAt = 0;
    },
  };
};
