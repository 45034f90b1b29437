import { T0 } from './engine';

/** A fake clock with one-shot timers, advanced by hand. */
export const fakeClock = (start = T0) => {
  let wall = start;
  let mono = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  return {
    now: () => wall,
    monotonic: () => mono,
    setTimer: (delay: number, fn: () => void) => (timers.set(++id, { at: mono + delay, fn }), id),
    clearTimer: (handle: unknown) => void timers.delete(handle as number),
    pending: () => timers.size,
    advance(ms: number) {
      const end = mono + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        wall += next[1].at - mono;
        mono = next[1].at;
        next[1].fn();
      }
      wall += end - mono;
      mono = end;
    },
    jumpWall(ms: number) {
      wall += ms;
    },
  };
};

