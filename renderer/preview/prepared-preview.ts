import type { EngineHost } from '../../main/core/engine/host';
import type { BreakKind, EngineConfig } from '../../main/core/engine/types';
import { preparedQuery, upcomingBreakInfo } from '../../main/core/ipc/break-info';

/** How long one reveal took: from the call to the animation frame that paints the first step. */
export interface RevealTiming {
  /** ms from the reveal to the first animation frame after it (the frame that paints the break). */
  frameMs: number;
  /** Whether the first step was on screen (laid out and not hidden) in that frame. */
  stepVisible: boolean;
}

/**
 * `?prepare=posture|stress`: the browser preview plays the break window prepared at a notice. The
 * page gets the URL query main gives that window (break-info.ts `preparedQuery`), so the real break
 * view renders the coming break; the document is kept `visibility: hidden` meanwhile, standing in
 * for the hidden window. `reveal()` shows it and opens the break, as main's show + breakChanged do.
 *
 * What this measures is an upper bound: a hidden Electron window has already painted (the default
 * `paintWhenInitiallyHidden`), while `visibility: hidden` skips painting, so the revealing frame
 * here also pays for style, paint and raster of the whole page.
 */
export const emulatePreparedWindow = (
  params: URLSearchParams,
  host: Pick<EngineHost, 'snapshot'>,
  config: () => EngineConfig,
  breakNow: (kind: BreakKind) => void,
): (() => Promise<RevealTiming>) | undefined => {
  const kind = params.get('prepare');
  if (kind !== 'posture' && kind !== 'stress') return undefined;
  const upcoming = upcomingBreakInfo(host.snapshot(), config(), kind, Date.now() + config().settings.noticeSeconds * 1000);
  const query = new URLSearchParams(params);
  for (const [key, value] of Object.entries(preparedQuery(upcoming))) query.set(key, value);
  window.history.replaceState(null, '', `?${query}${window.location.hash}`);
  const root = document.documentElement;
  root.style.visibility = 'hidden';
  return () => {
    const start = performance.now();
    root.style.visibility = '';
    breakNow(kind);
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        const step = document.querySelector('[data-testid="step"]');
        resolve({ frameMs: performance.now() - start, stepVisible: step?.checkVisibility({ visibilityProperty: true }) === true });
      }),
    );
  };
};
