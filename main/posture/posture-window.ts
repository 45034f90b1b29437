import type { BrowserWindowConstructorOptions, LoadFileOptions } from 'electron';
import type { PostureSampling } from '../core/settings/posture-schema';

/** The parts of a BrowserWindow the posture window uses (Electron's class satisfies it; tests pass a typed fake). */
export interface PostureWindowHandle {
  readonly webContents: { readonly id: number };
  loadFile: (filePath: string, options?: LoadFileOptions) => Promise<void>;
  show: () => void;
  destroy: () => void;
  isDestroyed: () => boolean;
  on: (event: 'closed', listener: () => void) => unknown;
}

/** Everything about the posture window but its web preferences, which setup-posture.ts writes out where it creates it. */
export type PostureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/** The posture window's options: hidden until the calibration view shows it. */
export const postureWindowOptions = (title: string): PostureWindowOptions => ({
  show: false,
  width: 560,
  height: 520,
  title,
  autoHideMenuBar: true,
  backgroundColor: '#f6f4ef',
});

/** What creating the posture window needs. */
export interface PostureWindowDeps {
  /** Creates the BrowserWindow with the posture web preferences (setup-posture.ts `createPostureBrowserWindow`). */
  create: (options: PostureWindowOptions) => PostureWindowHandle;
  /** The built posture page (renderer/posture.html → out/renderer/posture.html). */
  html: string;
  title: () => string;
  /** Lets its IPC through the gatekeeper; returns the untrust. */
  trust: (webContentsId: number) => () => void;
}

/** The page's mode: sampling in the background, or the calibration view shown to the person. */
export type PostureWindowMode = 'sense' | 'calibrate';

/**
 * The one posture window: created only while sensing (or calibration) is on, destroyed — which
 * ends its renderer, stops every camera track and turns the camera light off — the moment it is
 * not. `destroy()` rather than `close()`, so no page handler can keep it alive.
 */
export const postureWindow = (deps: PostureWindowDeps) => {
  let win: PostureWindowHandle | null = null;
  let mode: PostureWindowMode | null = null;
  let sampling: PostureSampling | null = null;
  let untrust: (() => void) | null = null;
  const closedListeners = new Set<() => void>();
  const alive = (): PostureWindowHandle | null => (win && !win.isDestroyed() ? win : null);
  const close = () => {
    const w = alive();
    win = null;
    mode = null;
    untrust?.();
    untrust = null;
    w?.destroy();
  };
  return {
    /**
     * Opens the window in a mode with a sampling choice, both in its query, so the page needs no
     * settings call; a change of either recreates it. The calibration view is shown.
     */
    open(next: PostureWindowMode, every: PostureSampling): void {
      if (alive() && mode === next && sampling === every) return;
      close();
      const created = deps.create(postureWindowOptions(deps.title()));
      win = created;
      mode = next;
      sampling = every;
      untrust = deps.trust(created.webContents.id);
      created.on('closed', () => {
        if (win === created) {
          untrust?.();
          untrust = null;
          win = null;
          mode = null;
          // Closed by the person (the calibration view) or by Electron, not by close() above.
          closedListeners.forEach((listener) => listener());
        }
      });
      void created.loadFile(deps.html, { query: { mode: next, sampling: every } }).then(() => {
        if (next === 'calibrate' && win === created && !created.isDestroyed()) created.show();
      });
    },
    close,
    /** Calls `listener` when the window goes without close() being called; returns the unsubscribe. */
    onClosed: (listener: () => void): (() => void) => {
      closedListeners.add(listener);
      return () => closedListeners.delete(listener);
    },
    mode: (): PostureWindowMode | null => (alive() ? mode : null),
    contentsId: (): number | null => alive()?.webContents.id ?? null,
  };
};
/** The posture window controller. */
export type PostureWindow = ReturnType<typeof postureWindow>;
