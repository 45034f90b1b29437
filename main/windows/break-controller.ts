import type { BreakInfo, HeldBackInfo } from '../core/ipc/contract';
import type { EngineStatus } from '../core/engine/status';
import type { BreakKind } from '../core/engine/types';
import type { EngineHost } from '../core/engine/host';

/** The shell pieces a break drives; all small interfaces so tests pass fakes. */
export interface BreakControllerDeps {
  host: Pick<EngineHost, 'on'>;
  breakInfo: () => BreakInfo | null;
  window: { open: (info: BreakInfo) => void; close: () => void };
  notifyRenderer: (info: BreakInfo | null) => void;
  updateTray: (status: EngineStatus) => void;
  notice: { show: (kind: BreakKind, startsAt: number, now: number) => void; showHeldBack: (info: HeldBackInfo) => void; close: () => void };
}

/** Executes the engine's effects on screen: the notice, the break window, the tray. */
export const setupBreakController = (deps: BreakControllerDeps): (() => void) =>
  deps.host.on((effect, status) => {
    if (effect.type === 'notice') deps.notice.show(effect.kind, effect.startsAt, effect.at);
    if (effect.type === 'notice-close') deps.notice.close();
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
