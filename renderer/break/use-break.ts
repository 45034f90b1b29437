import { useEffect, useState } from 'react';
import type { BreakInfo } from '../../main/core/ipc/contract';
import { call, subscribe } from '../api';

/** The open break, kept current by the main process's breakChanged events. */
export const useBreak = (): { info: BreakInfo | null; loaded: boolean } => {
  const [info, setInfo] = useState<BreakInfo | null>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribe('breakChanged', (next) => {
      setInfo(next);
      setLoaded(true);
    });
    call('getBreak')
      .then((current) => live && (setInfo(current), setLoaded(true)))
      .catch(() => live && setLoaded(true));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { info, loaded };
};
