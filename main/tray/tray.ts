import path from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { EngineStatus } from '../core/engine/status';
import { ringNeedsDraw, type DrawnRing } from '../core/tray/ring';
import { buildTrayMenu, findItem, trayIconState, trayTooltip, type TrayActions, type TrayContext } from './tray-menu';
import { iconWithPostureMark, iconWithRing } from './tray-ring';

/** The tray icon file for a state on this platform: a template image on macOS, colour elsewhere. */
export const trayIconPath = (
  assetsDir: string,
  platform: NodeJS.Platform,
  state: ReturnType<typeof trayIconState> = 'active',
  paths: Pick<typeof path, 'join'> = path,
): string => {
  const suffix = state === 'active' ? '' : `-${state}`;
  return paths.join(assetsDir, 'tray', platform === 'darwin' ? `trayTemplate${suffix}.png` : `tray${suffix}.png`);
};

/** A live tray: call `update` with each new status; `destroy` removes it. */
export interface TrayHandle {
  update: (status: EngineStatus) => void;
  /** Runs a menu item's action as a click would (end-to-end tests drive the tray with it). */
  click: (id: string) => void;
  destroy: () => void;
}

/**
 * The countdown ring (issue 15): the ring's step for a status (core/tray/ring.ts `ringStep`), or
 * null for the plain icon; `now` for the once-a-minute limit. Without it the tray never draws one.
 */
export interface TrayRing {
  step: (status: EngineStatus) => number | null;
  now: () => number;
}

/** Creates the tray icon with its status line and menu; rebuilds only when something shown changes. */
export const setupTray = (assetsDir: string, actions: TrayActions, context: () => TrayContext, initial: EngineStatus, ring?: TrayRing): TrayHandle => {
  const iconFor = (state: ReturnType<typeof trayIconState>) => {
    const image = nativeImage.createFromPath(trayIconPath(assetsDir, process.platform, state));
    if (process.platform === 'darwin') image.setTemplateImage(true);
    return image;
  };
  const tray = new Tray(iconFor('active'));
  let shown = '';
  let shownIcon = 'active';
  let items: MenuItemConstructorOptions[] = [];
  let last = initial;
  let drawn: DrawnRing = { step: null, at: Number.NEGATIVE_INFINITY };
  const update = (status: EngineStatus) => {
    last = status;
    const ctx = context();
    const step = ring ? ring.step(status) : null;
    const key = JSON.stringify([status, ctx, step]);
    if (key === shown) return;
    shown = key;
    items = buildTrayMenu(status, actions, ctx);
    tray.setToolTip(trayTooltip(status));
    tray.setContextMenu(Menu.buildFromTemplate(items));
    const state = trayIconState(status, ctx.meeting);
    // The posture mark (issue 14) is part of what the icon shows: it comes and goes at once.
    const icon = ctx.posture ? `${state}+posture` : state;
    const now = ring ? ring.now() : 0;
    // A ring that moved waits for its minute; the icon state changing redraws at once.
    const ringMoved = ring !== undefined && ringNeedsDraw(drawn, step, now);
    if (icon !== shownIcon || ringMoved) {
      shownIcon = icon;
      const keepRing = !ringMoved && drawn.step !== null;
      const nextStep = keepRing ? drawn.step : step;
      if (!keepRing) drawn = { step, at: now };
      const image = nextStep === null ? iconFor(state) : iconWithRing(iconFor(state), nextStep);
      tray.setImage(ctx.posture ? iconWithPostureMark(image) : image);
    }
  };
  const click = (id: string) => {
    const item = findItem(items, id);
    if (!item || item.enabled === false || !item.click) throw new Error(`tray item ${id} is missing or disabled`);
    (item.click as () => void)();
    update(last);
  };
  update(initial);
  return { update, click, destroy: () => tray.destroy() };
};
