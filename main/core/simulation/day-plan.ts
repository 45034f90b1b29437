import type { BreakKind } from '../engine/types';
import type { Settings } from '../settings/schema';
import { TECHNIQUE_REFS } from '../techniques/library';
import { addLocalDays, fromLocal } from '../time/zoned';
import { simulate } from './simulate';
import type { TraceEvent } from './trace';

/** One break of a planned day. */
export interface PlannedBreak {
  at: number;
  kind: BreakKind;
  technique: string;
}

/**
 * Today's breaks as the real engine would place them for these settings, for someone at the
 * keyboard from 09:00 to 17:30 (or across their working hours): the settings window's timeline.
 */
export const planDay = (settings: Settings, timeZone: string, now: number): PlannedBreak[] => {
  const date = addLocalDays(now, 0, timeZone);
  const at = (hhmm: string) => {
    const [hour, minute] = hhmm.split(':').map(Number);
    return fromLocal({ ...date, hour: hour ?? 0, minute: minute ?? 0 }, timeZone);
  };
  const dayKey = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[date.weekday]!;
  const spans = settings.workingHours.enabled ? settings.workingHours.days[dayKey] : [['09:00', '17:30'] as [string, string]];
  if (spans.length === 0) return [];
  const start = at(spans[0]![0]);
  const end = at(spans.at(-1)![1]);
  const trace: TraceEvent[] = [
    { type: 'start', at: new Date(start).toISOString(), tz: timeZone },
    { type: 'end', at: new Date(end).toISOString() },
  ];
  return simulate(trace, { settings, techniques: TECHNIQUE_REFS })
    .effects.flatMap((e) => (e.type === 'break-open' ? [{ at: e.at, kind: e.kind, technique: e.technique }] : []));
};
