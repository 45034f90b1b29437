import { useEffect, useState } from 'react';
import { preparedBreakOf } from '../../main/core/ipc/break-info';
import type { BreakInfo } from '../../main/core/ipc/contract';
import { call, subscribe } from '../api';

/** What the break window shows: the open break, or the upcoming one it was prepared for. */
export interface BreakShown {
  info: BreakInfo | null;
  loaded: boolean;
  /** False while the window waits hidden for its break: its first step is drawn, no timer runs. */
  running: boolean;
  /** Stays the same when the prepared break opens, so the player on screen is kept, not rebuilt. */
  key: string;
}

const keyOf = (info: BreakInfo) => `${info.startedAt}-${info.technique}`;
const PREPARED_KEY = 'prepared';

/**
 * The open break, kept current by the main process's breakChanged events. A window made at the
 * notice (break-window.ts `prepare`) carries the upcoming break in its URL: it renders that while
 * hidden, and the breakChanged sent when main shows it starts the clock. The start signal is that
 * event, not the page's visibility, because Electron reports a `show: false` window that paints
 * (the default `paintWhenInitiallyHidden`) as visible (docs/api/browser-window.md).
 */
export const useBreak = (): BreakShown => {
  const [prepared] = useState(() => preparedBreakOf(new URLSearchParams(window.location.search)));
  const [info, setInfo] = useState<BreakInfo | null>(null);
  const [loaded, setLoaded] = useState(prepared !== null);
  // The open break that took over the prepared player (same technique), so its key is kept.
  const [adopted, setAdopted] = useState<string | null>(null);
  // Once a real break has come and gone, the prepared one is spent.
  const [spent, setSpent] = useState(false);
  useEffect(() => {
    let live = true;
    const take = (next: BreakInfo | null) => {
      if (next) {
        setSpent(true);
        setAdopted((current) => current ?? (prepared && next.technique === prepared.technique ? keyOf(next) : ''));
      }
      setInfo(next);
      setLoaded(true);
    };
    const unsubscribe = subscribe('breakChanged', take);
    call('getBreak')
      .then((current) => live && (current || !prepared) && take(current))
      .catch(() => live && setLoaded(true));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [prepared]);
  if (info) return { info, loaded, running: true, key: adopted && keyOf(info) === adopted ? PREPARED_KEY : keyOf(info) };
  if (prepared && !spent) return { info: prepared, loaded: true, running: false, key: PREPARED_KEY };
  return { info: null, loaded, running: false, key: 'none' };
};
