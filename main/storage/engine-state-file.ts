import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineStateSchema } from '../core/engine/state-schema';
import type { EngineState } from '../core/engine/types';
import { writeFileDurably } from './durable-write';

/** Saves and loads the engine's state so a restart keeps the day's schedule. */
export interface EngineStateFile {
  load: () => EngineState | null;
  save: (state: EngineState) => void;
}

/**
 * What of the state matters after a power cut: everything but the clock of the last event and the
 * active minutes counted, which move on every tick and are re-earned within minutes anyway.
 */
const shapeOf = (state: EngineState): string => JSON.stringify({ ...state, lastAt: 0, active: null });

/**
 * The engine state file in the user-data folder, always replaced atomically (temp file, rename).
 * It is flushed to disk only when more than the clock moved (a break, a snooze, a pause, quiet…):
 * the state changes on every engine wake, and an fsync a minute would keep a laptop's disk awake.
 */
export const engineStateFile = (userDataDir: string, log: (message: string) => void): EngineStateFile => {
  const file = join(userDataDir, 'engine-state.json');
  let last = '';
  let lastShape = '';
  return {
    load: () => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return null;
      }
      try {
        const parsed = engineStateSchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
        log(`engine state: saved state is invalid (${parsed.error.issues[0]?.message}); starting a fresh cycle`);
      } catch {
        log('engine state: saved state is not JSON; starting a fresh cycle');
      }
      return null;
    },
    save: (state) => {
      const text = JSON.stringify(state);
      if (text === last) return;
      const shape = shapeOf(state);
      writeFileDurably(file, text, { flush: shape !== lastShape });
      // Only once it is on disk: a write that threw is tried again with the next save.
      last = text;
      lastShape = shape;
    },
  };
};
