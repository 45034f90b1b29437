import { z } from 'zod';
import { BREAK_KINDS, type EngineState } from './types';

const kind = z.enum(BREAK_KINDS);
const time = z.number().finite();

/** Schema of the saved engine state: a damaged file is rejected and the engine starts fresh. */
export const engineStateSchema: z.ZodType<EngineState> = z.object({
  version: z.literal(1),
  lastAt: time,
  // Saves from before eyes and stand (issue 15) lack them: their cycles start from nothing.
  active: z.object({ posture: time, stress: time, eyes: time.default(0), stand: time.default(0) }),
  phase: z.discriminatedUnion('name', [
    z.object({ name: z.literal('working') }),
    z.object({ name: z.literal('notice'), kind, startsAt: time }),
    // Older saves also carry `nextSampleAt` (gentle start sampled then); z.object strips it.
    z.object({ name: z.literal('gentle'), kind, deadline: time }),
    z.object({ name: z.literal('break'), kind, technique: z.string(), startedAt: time, endsAt: time, heldAt: time.nullable().optional(), heldMs: time.optional() }),
  ]),
  snoozesInARow: z.number().int().min(0),
  holdUntil: time,
  pause: z.object({ until: time.nullable(), anchored: z.boolean() }).nullable(),
  locked: z.boolean(),
  suspended: z.boolean(),
  awaySince: time.nullable(),
  quiet: z.array(z.string()),
  ownQuiet: z.array(z.string()).optional(),
  heldBack: z.object({ ms: time.min(0), nextNoticeAt: time.min(0) }).optional(),
  idle: z.object({ since: time, credited: z.array(kind), reset: z.boolean() }).nullable(),
  inWorkingHours: z.boolean(),
  lastTechnique: z.object({ posture: z.string().nullable(), stress: z.string().nullable(), eyes: z.string().nullable().default(null), stand: z.string().nullable().default(null) }),
  rotation: z.object({ posture: z.number().int(), stress: z.number().int(), eyes: z.number().int().default(-1), stand: z.number().int().default(-1) }),
  calendar: z.array(z.object({ start: time, end: time })).max(500).optional(),
});
