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

/** The engine state file in the user-data folder, replaced atomically and flushed to disk on every change. */
export const engineStateFile = (userDataDir: string, log: (message: string) => void): EngineStateFile => {
  const file = join(userDataDir, 'engine-state.json');
  let last = '';
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
      writeFileDurably(file, text);
      // Only once it is on disk: a write that threw is tried again with the next save.
      last = text;
    },
  };
};
