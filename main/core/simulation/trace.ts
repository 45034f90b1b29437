import { z } from 'zod';
import { BREAK_KINDS } from '../engine/types';
import { isValidTimeZone } from '../time/zoned';

const instant = z.string().refine((text) => Number.isFinite(Date.parse(text)), 'expected an ISO date-time');
const at = { at: instant };

/** One line of a simulation trace, as documented in the README. */
export const traceEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), ...at, tz: z.string().refine(isValidTimeZone, 'unknown IANA time zone') }),
  z.object({ type: z.literal('idle'), ...at, seconds: z.number().finite().min(0).max(7 * 86_400) }),
  z.object({ type: z.enum(['lock', 'unlock', 'suspend', 'resume']), ...at }),
  // `by`: who said "not now": an automatic detector (the default; capped after a while), meeting mode or a calendar (never capped).
  z.object({ type: z.literal('quiet'), ...at, on: z.boolean(), reason: z.string().min(1).max(200), by: z.enum(['detector', 'meeting', 'calendar']).optional() }),
  z.object({ type: z.literal('clock-jump'), ...at, to: instant }),
  z.object({
    type: z.literal('user'),
    ...at,
    action: z.enum(['snooze', 'skip', 'done', 'start-now', 'pause', 'resume', 'keep-waiting', 'dismiss-notice']),
    minutes: z.number().int().min(1).max(24 * 60).optional(),
    kind: z.enum(BREAK_KINDS).optional(),
    until: z.enum(['tomorrow', 'resumed']).optional(),
  }),
  z.object({ type: z.literal('end'), ...at }),
]);

/** A parsed trace line. */
export type TraceEvent = z.infer<typeof traceEventSchema>;

/** A trace error that names the line at fault (1-based). */
export class TraceError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`trace line ${line}: ${message}`);
  }
}

/** Parses JSON-lines trace text; throws TraceError naming the first bad line. */
export const parseTrace = (text: string): TraceEvent[] => {
  const events: TraceEvent[] = [];
  let wall = Number.NEGATIVE_INFINITY;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new TraceError(line, 'not valid JSON');
    }
    const parsed = traceEventSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TraceError(line, `${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    const event = parsed.data;
    if ((events.length === 0) !== (event.type === 'start')) {
      throw new TraceError(line, events.length === 0 ? 'the first line must be {"type":"start",...}' : 'only the first line may be a start');
    }
    if (events.at(-1)?.type === 'end') throw new TraceError(line, 'nothing may follow the end line');
    const time = Date.parse(event.at);
    if (time < wall) throw new TraceError(line, 'time goes backwards; use a clock-jump event to move the clock');
    wall = event.type === 'clock-jump' ? Date.parse(event.to) : time;
    events.push(event);
  });
  if (events.length === 0) throw new TraceError(1, 'the trace is empty');
  if (events.at(-1)!.type !== 'end') throw new TraceError(events.length, 'the last line must be {"type":"end",...}');
  return events;
};
