/**
 * The fake Electron's side of the control channel: every event it records is appended, one JSON
 * line each, to the file named by UNKNOT_BOOT_EVENTS (a synchronous append, so a line written just
 * before process.exit is never lost), and commands arrive as lines on stdin.
 */
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** One thing the fake saw the app do (or did to it); `t` is ms since the process started. */
export interface BootEvent {
  type: string;
  t: number;
  wall: number;
  [key: string]: unknown;
}

const file = process.env.UNKNOT_BOOT_EVENTS;
const hooks = new Map<string, Array<() => void>>();

/** Records an event for the test; runs anything waiting for this event type. */
export const record = (type: string, data: Record<string, unknown> = {}): void => {
  const event: BootEvent = { ...data, type, t: Math.round(performance.now()), wall: Date.now() };
  if (file) appendFileSync(file, `${JSON.stringify(event)}\n`);
  const waiting = hooks.get(type) ?? [];
  hooks.delete(type);
  waiting.forEach((run) => run());
};

/** Runs `run` (in a microtask) the first time an event of this type is recorded. */
export const onRecorded = (type: string, run: () => void): void => {
  hooks.set(type, [...(hooks.get(type) ?? []), () => queueMicrotask(run)]);
};

/** Reads commands, one a line, from stdin; when the test goes away, the app quits as on logout. */
export const readCommands = (handle: (words: string[]) => void, onEnd: () => void): void => {
  if (!file) return;
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    record('command', { line });
    try {
      handle(words);
    } catch (error) {
      record('command-failed', { line, message: (error as Error).message });
    }
  });
  lines.on('close', onEnd);
};
