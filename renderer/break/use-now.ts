import { useEffect, useState } from 'react';

/** The wall clock, refreshed every `everyMs` while `active`; the countdown's only timer. */
export const useNow = (active: boolean, everyMs = 250): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [active, everyMs]);
  return now;
};

/** "m:ss" for a number of seconds, never negative. */
export const formatClock = (seconds: number): string => {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
