import { z } from 'zod';
import { BREAK_KINDS, type EngineEffect } from '../engine/types';

/** One history record: what happened, when, to which kind of break, with which technique. */
export const historyRecordSchema = z.object({
  at: z.string(),
  event: z.enum(['prompted', 'started', 'completed', 'done', 'natural', 'snoozed', 'skipped', 'paused', 'resumed']),
  kind: z.enum(BREAK_KINDS).optional(),
  technique: z.string().optional(),
  minutes: z.number().optional(),
});
/** A history record as stored, one JSON object per line. */
export type HistoryRecord = z.infer<typeof historyRecordSchema>;

const iso = (at: number) => new Date(at).toISOString();

/** The history record an engine effect stands for, or null when it is not something to keep. */
export const recordForEffect = (effect: EngineEffect): HistoryRecord | null => {
  switch (effect.type) {
    case 'notice':
      return { at: iso(effect.at), event: 'prompted', kind: effect.kind };
    case 'break-open':
      return effect.restored ? null : { at: iso(effect.at), event: 'started', kind: effect.kind, technique: effect.technique };
    case 'break-close':
      // A snoozed break is recorded once, by its `snoozed` effect.
      return effect.outcome === 'snoozed' ? null : { at: iso(effect.at), event: effect.outcome, kind: effect.kind };
    case 'natural-break':
      return { at: iso(effect.at), event: 'natural', kind: effect.kind };
    case 'snoozed':
      return { at: iso(effect.at), event: 'snoozed', kind: effect.kind, minutes: effect.minutes };
    case 'skipped':
      return { at: iso(effect.at), event: 'skipped', kind: effect.kind };
    case 'paused':
      return { at: iso(effect.at), event: 'paused' };
    case 'resumed':
      return { at: iso(effect.at), event: 'resumed' };
    default:
      return null;
  }
};
