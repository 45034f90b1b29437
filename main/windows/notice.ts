import { Notification, screen, type BrowserWindow } from 'electron';
import type { BreakKind } from '../core/engine/types';
import type { HeldBackChoice, HeldBackInfo } from '../core/ipc/contract';
import { t, tTable } from '../i18n';
import type { Diagnostics } from '../platform/diagnostics';
import { createSecureWindow, floatingPlacement } from './window-options';

/** What the notice can ask for. */
export interface NoticeActions {
  startNow: () => void;
  snooze: (minutes: number) => void;
  /** The person read the held-back notice and lets the detectors keep holding the break. */
  keepWaiting?: () => void;
  /** "This detector is wrong today" (quiet/quiet-signal.ts); without it that choice is not offered. */
  ignoreToday?: (reason: string) => void;
  /** "Not now" on the coming notice: withdrawn without a snooze, offered again later (engine `dismiss-notice`); without it no such button. */
  dismiss?: () => void;
}

/** Shows and withdraws the "break coming" and "break held back" notices. */
export interface NoticeHandle {
  show: (kind: BreakKind, startsAt: number, now: number) => void;
  /** Tells the person which detectors held a due break back and for how long, and lets them decide. */
  showHeldBack: (info: HeldBackInfo) => void;
  /** The open held-back notice for the notice window, and the person's answer from either surface. */
  heldBack: { current: () => HeldBackInfo | null; choose: (choice: HeldBackChoice) => boolean };
  close: () => void;
}

/** Where the small fallback notice window comes from. */
export interface NoticeWindowDeps {
  preload: string;
  rendererHtml: string;
  trust: (webContentsId: number) => () => void;
}

/** How this machine's notices behave. */
export interface NoticeOptions {
  platform?: NodeJS.Platform;
  /**
   * Whether native notices can be trusted to arrive. Since Electron moved macOS to
   * UNUserNotificationCenter, an unsigned (or ad-hoc, unbound) bundle is never registered and every
   * notice is dropped, with at best a `failed` event (manusa/electronim#714,
   * renatoaug/claude-usage-monitor#43, athrvk/vayu#1358 quoting the Electron docs). So on macOS
   * trust them only in a packaged, signed build; elsewhere the window does the job.
   */
  nativeTrusted?: boolean;
  /** Electron runs on Wayland: windows cannot be placed or kept on top (see break-window.ts). */
  wayland?: boolean;
  log?: (message: string) => void;
  diagnostics?: Pick<Diagnostics, 'report'>;
}

/** What `noticeStyle` weighs besides the platform. */
export interface NoticeStyleHints {
  trusted?: boolean;
  wayland?: boolean;
  /** The notice is useless without its buttons (the held-back choices). */
  needsButtons?: boolean;
}

/** A kind's name in the current language (read at each notice, so a change of language shows at once). */
const kindName = (kind: BreakKind) => t(`kind.${kind}`);
/** A detector's reason in words of the current language; an unknown one is shown as it came. */
const reasonText = (reason: string) => tTable('quietReason')[reason] ?? reason;
/**
 * Windows toasts take at most five buttons (Microsoft, "Adaptive and interactive toast
 * notifications": https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/adaptive-interactive-toasts);
 * two are Start now and Keep waiting.
 */
const MAX_IGNORE_BUTTONS = 3;

/**
 * Native notifications carry buttons on macOS and Windows only (Electron's NotificationAction
 * platform table: https://www.electronjs.org/docs/latest/api/structures/notification-action); Linux gets the small window
 * instead, except on Wayland for the plain "break coming" notice: a window there can be neither
 * placed in its corner nor kept on top, while a notification always shows, and clicking it
 * starts the break (snooze stays in the break window and the tray).
 */
export const noticeStyle = (platform: NodeJS.Platform, supported: boolean, hints: NoticeStyleHints = {}): 'native' | 'window' => {
  if (!supported || hints.trusted === false) return 'window';
  if (platform === 'darwin' || platform === 'win32') return 'native';
  return platform === 'linux' && hints.wayland === true && hints.needsButtons !== true ? 'native' : 'window';
};

type Shown = { variant: 'coming'; kind: BreakKind; startsAt: number; now: number } | { variant: 'held-back'; info: HeldBackInfo };

/**
 * The notice before a break, and the notice when detectors have held a break back: a native
 * notification with buttons where the OS shows them and delivers them, else a small window in the
 * corner of the display under the cursor, shown without taking focus. A native notice that
 * fails is replaced by the window, and later notices go straight to the window.
 */
export const setupNotice = (
  actions: NoticeActions,
  snoozeMinutes: () => number,
  fallback?: NoticeWindowDeps,
  platformOrOptions: NodeJS.Platform | NoticeOptions = {},
): NoticeHandle => {
  const options: NoticeOptions = typeof platformOrOptions === 'string' ? { platform: platformOrOptions } : platformOrOptions;
  const platform = options.platform ?? process.platform;
  const wayland = options.wayland === true;
  let nativeBroken = false;
  let current: Notification | null = null;
  let win: BrowserWindow | null = null;
  let heldBack: HeldBackInfo | null = null;

  const close = () => {
    current?.close();
    current = null;
    heldBack = null;
    if (win && !win.isDestroyed()) win.close();
    win = null;
  };

  const showWindow = (deps: NoticeWindowDeps, shown: Shown) => {
    const { workArea } = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const size = shown.variant === 'held-back' ? { width: 380, height: 230 } : { width: 340, height: 150 };
    const corner = { x: workArea.x + workArea.width - size.width - 16, y: workArea.y + 16, ...size };
    const created = createSecureWindow(deps.preload, {
      ...floatingPlacement(corner, wayland),
      show: false,
      frame: false,
      skipTaskbar: true,
      resizable: false,
      focusable: true,
      title: t('notify.noticeWindowTitle'),
    });
    const untrust = deps.trust(created.webContents.id);
    created.once('ready-to-show', () => created.showInactive());
    created.on('closed', untrust);
    void created.loadFile(deps.rendererHtml, { hash: '/notice' });
    win = created;
  };

  const buildNative = (shown: Shown): Notification => {
    if (shown.variant === 'coming') {
      const seconds = Math.max(0, Math.round((shown.startsAt - shown.now) / 1000));
      const minutes = snoozeMinutes();
      const buttons = platform === 'darwin' || platform === 'win32';
      const notice = new Notification({
        title: t('notify.comingTitle', { kind: kindName(shown.kind), seconds }),
        body: buttons ? t('notify.comingBody') : t('notify.comingBodyNoButtons'),
        silent: true,
        timeoutType: 'default',
        ...(buttons && {
          actions: [
            { type: 'button' as const, text: t('notice.startNow') },
            { type: 'button' as const, text: t('actions.snooze', { minutes }) },
            ...(actions.dismiss ? [{ type: 'button' as const, text: t('notify.notNow') }] : []),
          ],
        }),
      });
      notice.on('click', () => actions.startNow());
      // Electron 45 passes the button in the event's details; the positional index is deprecated.
      notice.on('action', (details) => {
        if (details.actionIndex === 0) actions.startNow();
        else if (details.actionIndex === 1) actions.snooze(minutes);
        else if (details.actionIndex === 2) actions.dismiss?.();
      });
      return notice;
    }
    const { info } = shown;
    const ignorable = actions.ignoreToday ? info.reasons.slice(0, MAX_IGNORE_BUTTONS) : [];
    const notice = new Notification({
      title: t('notice.heldBack.title', { kind: kindName(info.kind), minutes: info.heldMinutes }),
      body: t('notify.heldBackBody', { reasons: info.reasons.map(reasonText).join(', ') }),
      silent: true,
      timeoutType: 'never',
      actions: [
        { type: 'button', text: t('notice.startNow') },
        { type: 'button', text: t('notice.heldBack.keepWaiting') },
        ...ignorable.map((reason) => ({ type: 'button' as const, text: t('notice.heldBack.ignore', { reason: reasonText(reason) }) })),
      ],
    });
    // A click on the body is no answer: the window offers every choice.
    notice.on('click', () => {
      if (fallback && heldBack) showWindow(fallback, shown);
    });
    notice.on('action', (details) => {
      const index = details.actionIndex;
      const reason = ignorable[index - 2];
      if (index === 0) choose({ choice: 'start-now' });
      else if (index === 1) choose({ choice: 'keep-waiting' });
      else if (reason !== undefined) choose({ choice: 'ignore-today', reason });
    });
    return notice;
  };

  const present = (shown: Shown) => {
    close();
    if (shown.variant === 'held-back') heldBack = shown.info;
    const supported = Notification.isSupported();
    const hints = { trusted: options.nativeTrusted !== false && !nativeBroken, wayland, needsButtons: shown.variant === 'held-back' };
    if (noticeStyle(platform, supported, hints) === 'window' && fallback) return showWindow(fallback, shown);
    if (!supported) return;
    const notice = buildNative(shown);
    notice.on('failed', (_event, error) => {
      nativeBroken = true;
      options.log?.(`notice: the native notification failed (${error}); using the notice window from now on`);
      options.diagnostics?.report('native notifications', { available: true, enabled: false, lastError: error });
      if (current === notice && fallback) {
        current = null;
        showWindow(fallback, shown);
      }
    });
    notice.show();
    current = notice;
  };

  const choose = (choice: HeldBackChoice): boolean => {
    const open = heldBack;
    if (!open) return false;
    if (choice.choice === 'ignore-today' && (!actions.ignoreToday || !open.reasons.includes(choice.reason))) return false;
    close();
    if (choice.choice === 'start-now') actions.startNow();
    else if (choice.choice === 'keep-waiting') actions.keepWaiting?.();
    else actions.ignoreToday?.(choice.reason);
    return true;
  };

  return {
    show: (kind, startsAt, now) => present({ variant: 'coming', kind, startsAt, now }),
    showHeldBack: (info) => present({ variant: 'held-back', info: { kind: info.kind, reasons: [...info.reasons], heldMinutes: info.heldMinutes } }),
    heldBack: { current: () => (heldBack ? { ...heldBack, reasons: [...heldBack.reasons] } : null), choose },
    close,
  };
};
