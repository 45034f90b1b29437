import type { CameraGrant } from '../platform/security';

/** The posture window as the grant knows it: its web contents and the page it was given. */
export interface GrantState {
  contentsId: number | null;
  pageUrl: string | null;
  /** Sensing (or calibrating) is on right now. */
  on: boolean;
}

/** True when `url` is the posture page itself (its query or hash may differ), never another file. */
export const isPosturePage = (url: string, pageUrl: string | null): boolean => {
  if (!pageUrl) return false;
  try {
    const target = new URL(url);
    const own = new URL(pageUrl);
    return target.protocol === 'file:' && target.pathname === own.pathname;
  } catch {
    return false;
  }
};

/**
 * The camera grant the permission handler asks (platform/security.ts): the camera is allowed to
 * the posture window's web contents, showing the posture page, while sensing is on, and to
 * nothing else. Created before any window exists; posture sensing updates it.
 */
export const createCameraGrant = (): CameraGrant & { set: (state: GrantState) => void; state: () => GrantState } => {
  let state: GrantState = { contentsId: null, pageUrl: null, on: false };
  return {
    allows: (contents, url) => state.on && contents !== null && contents.id === state.contentsId && isPosturePage(url, state.pageUrl),
    isPostureUrl: (url) => isPosturePage(url, state.pageUrl),
    set: (next) => {
      state = { ...next };
    },
    state: () => state,
  };
};
