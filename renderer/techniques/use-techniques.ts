import { useEffect, useState } from 'react';
import { TECHNIQUES } from '../../main/core/techniques/library';
import type { Technique } from '../../main/core/techniques/types';
import { call, subscribe } from '../api';

/** True for a technique the person wrote or imported (ids in the `custom:` namespace). */
export const isCustom = (technique: Pick<Technique, 'id'>): boolean => technique.id.startsWith('custom:');

/**
 * Built-in and custom techniques, kept current by `techniquesChanged`. Until main answers it is
 * the built-in library, so a window can draw a built-in technique at once.
 */
export const useTechniques = (): { techniques: readonly Technique[]; loaded: boolean } => {
  const [state, setState] = useState<{ techniques: readonly Technique[]; loaded: boolean }>({ techniques: TECHNIQUES, loaded: false });
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribe('techniquesChanged', (techniques) => setState({ techniques, loaded: true }));
    call('getTechniques')
      .then((techniques) => live && setState({ techniques, loaded: true }))
      .catch(() => live && setState((s) => ({ ...s, loaded: true })));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return state;
};

/** Looks a technique up among built-in and custom ones; an unknown id falls back to the first built-in. */
export const techniqueIn = (techniques: readonly Technique[], id: string): Technique => techniques.find((t) => t.id === id) ?? TECHNIQUES[0]!;
