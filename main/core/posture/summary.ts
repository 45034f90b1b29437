import { z } from 'zod';
import { dayKey } from '../progress/days';

/** One minute of posture sensing as stored (posture-summary.jsonl): numbers only, never an image. */
export const postureMinuteSchema = z
  .object({
    /** The minute's start, wall-clock ms. */
    at: z.number().int().nonnegative(),
    /** A readable frame came in this minute. */
    sensed: z.boolean(),
    /** Most readable frames were near the baseline; null without a baseline. */
    near: z.boolean().nullable(),
    nudges: z.number().int().min(0).max(60),
    /** How long the person had not changed position at the minute's end. */
    stillMinutes: z.number().int().min(0).max(24 * 60),
  })
  .strict();
/** One stored minute. */
export type PostureMinute = z.infer<typeof postureMinuteSchema>;

/** One day of posture sensing, as Progress shows it. */
export const postureDaySchema = z.object({
  day: z.string(),
  minutesSensed: z.number().int().min(0),
  /** Share (0..1) of judged minutes near the baseline; null when no minute was judged. */
  nearShare: z.number().min(0).max(1).nullable(),
  nudges: z.number().int().min(0),
  longestStillMinutes: z.number().int().min(0),
});
/** A day's posture numbers. */
export type PostureDay = z.infer<typeof postureDaySchema>;

/** Sums stored minutes into days (local to `timeZone`), oldest first; days without minutes are left out. */
export const summariseDays = (minutes: readonly PostureMinute[], timeZone: string): PostureDay[] => {
  const days = new Map<string, { sensed: number; judged: number; near: number; nudges: number; still: number }>();
  for (const m of minutes) {
    const key = dayKey(m.at, timeZone);
    const d = days.get(key) ?? { sensed: 0, judged: 0, near: 0, nudges: 0, still: 0 };
    if (m.sensed) d.sensed += 1;
    if (m.near !== null) d.judged += 1;
    if (m.near) d.near += 1;
    d.nudges += m.nudges;
    d.still = Math.max(d.still, m.stillMinutes);
    days.set(key, d);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, d]) => ({ day, minutesSensed: d.sensed, nearShare: d.judged ? d.near / d.judged : null, nudges: d.nudges, longestStillMinutes: d.still }));
};

/** Parses stored lines, skipping damaged ones and keeping at most one line per minute (the last). */
export const parseMinutes = (text: string): PostureMinute[] => {
  const byMinute = new Map<number, PostureMinute>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = postureMinuteSchema.safeParse(JSON.parse(line));
      if (parsed.success) byMinute.set(parsed.data.at, parsed.data);
    } catch {
      // A torn line from a crash: the rest of the file still counts.
    }
  }
  return [...byMinute.values()].sort((a, b) => a.at - b.at);
};
