import type { BreakInfo, HeldBackInfo } from '../core/ipc/contract';
import type { EngineStatus } from '../core/engine/status';
import type { BreakKind } from '../core/engine/types';
import type { EngineHost } from '../core/engine/host';

/** The shell pieces a break drives; all small interfaces so tests pass fakes. */
export interface BreakControllerDeps {
  host: Pick<EngineHost, 'on'>;
  breakInfo: () => BreakInfo | null;
  /**
   * The break a notice announces (break-info.ts `upcomingBreakInfo`), for the window prepared then;
   * without it no window is prepared and the break window is made when the break opens.
   */
  upcoming?: (kind: BreakKind, startsAt: number) => BreakInfo;
  window: { prepare: (upcoming: BreakInfo) => void; open: (info: BreakInfo) => void; discard: () => void; close: () => void };
  notifyRenderer: (info: BreakInfo | null) => void;
  updateTray: (status: EngineStatus) => void;
  notice: { show: (kind: BreakKind, startsAt: number, now: number) => void; showHeldBack: (info: HeldBackInfo) => void; close: () => void };
}

/**
 * Executes the engine's effects on screen: the notice, the break window, the tray. The break
 * window is made at the notice, hidden and already showing the coming technique, so the break
 * appears at once when it opens; a notice that is called off takes the hidden window with it.
 */
export const setupBreakController = (deps: BreakControllerDeps): (() => void) =>
  deps.host.on((effect, status) => {
    if (effect.type === 'notice') {
      deps.notice.show(effect.kind, effect.startsAt, effect.at);
      if (deps.upcoming) deps.window.prepare(deps.upcoming(effect.kind, effect.startsAt));
    }
    if (effect.type === 'notice-close') {
      deps.notice.close();
      // "Start now" withdraws the notice and opens the break in the same step (actions.ts
      // `startNow`): the prepared window is the one about to be shown. Any other reason
      // (snoozed, skipped, paused, a quiet detector) calls the break off.
      if (effect.reason !== 'started') deps.window.discard();
    }
    // Never the break window: the person decides first (Start now, Keep waiting, ignore a detector).
    if (effect.type === 'held-back') deps.notice.showHeldBack({ kind: effect.kind, reasons: effect.reasons, heldMinutes: effect.heldMinutes });
    if (effect.type === 'break-open') {
      deps.notice.close();
      const info = deps.breakInfo();
      if (info) deps.window.open(info);
      deps.notifyRenderer(info);
    }
    if (effect.type === 'break-change') deps.notifyRenderer(deps.breakInfo());
    if (effect.type === 'break-close') {
      deps.window.close();
      deps.notifyRenderer(null);
    }
    deps.updateTray(status);
  });
