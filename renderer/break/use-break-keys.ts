import { useLayoutEffect, useRef } from 'react';

/** The player's keyboard actions. */
export interface BreakKeys {
  togglePause: () => void;
  done: () => void;
  snooze: () => void;
  skip: () => void;
  another: () => void;
}

/** Space pauses or resumes, Enter is Done, S snoozes, Esc skips, N picks another technique. */
export const useBreakKeys = (keys: BreakKeys): void => {
  // One listener for the window's life; it always calls the latest actions.
  const latest = useRef(keys);
  latest.current = keys;
  // Attached before the first paint, so a key pressed as soon as the break shows is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      // A focused button already answers Enter and Space itself.
      const onButton = event.target instanceof HTMLElement && event.target.closest('button');
      if (onButton && (event.key === 'Enter' || event.key === ' ')) return;
      const k = latest.current;
      const action = { ' ': k.togglePause, Enter: k.done, s: k.snooze, S: k.snooze, Escape: k.skip, n: k.another, N: k.another }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
};
