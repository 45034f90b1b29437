import { useState } from 'react';
import { KEEP_HOLDING } from '../../main/core/techniques/library-posture';

/** Whether "Keep holding" is offered: on the technique's extendable step, while the break runs. */
export const keepHoldingOffered = (techniqueId: string, stepIndex: number, held: boolean): boolean => KEEP_HOLDING[techniqueId] === stepIndex && !held;

/**
 * "Keep holding" (the upper-arm hold, which the source asks for at least a few minutes): extending
 * holds the engine's break ('hold-break') so it does not end on its own; Done ends it, Carry on
 * releases it and the remaining steps play. It counts as extending only while the engine reports
 * the break held, so a release from elsewhere (the tray) ends it too.
 */
export const useKeepHolding = (held: boolean) => {
  const [asked, setAsked] = useState(false);
  return { extending: asked && held, start: () => setAsked(true), stop: () => setAsked(false) };
};
