import type { UpdateChoice, UpdateStatus, UpdateView } from '../../main/core/ipc/contract';

/**
 * Plausible updates for the preview, as the app's updater would move through them. `?update=` picks
 * what the next check finds: `newer` (default: downloads with progress, then ready), `same`, `deb`
 * (no self-update: the release link), `broken` (metadata unreadable), `cut` (download fails
 * half-way) or `development` (not an installed build).
 */
export const previewUpdates = (params: URLSearchParams, emit: (view: UpdateView) => void, now: () => number, automatic: () => boolean) => {
  const scenario = params.get('update') ?? 'newer';
  let status: UpdateStatus = scenario === 'development' ? { state: 'development' } : { state: 'idle', lastCheckAt: now() - 5 * 3600_000 };
  const view = (): UpdateView => ({ currentVersion: '0.1.0', automatic: automatic(), status });
  const set = (next: UpdateStatus) => {
    status = next;
    emit(view());
  };
  const later = (ms: number, step: () => void) => window.setTimeout(step, ms);
  const download = (percent: number) => {
    if (scenario === 'cut' && percent >= 50) return set({ state: 'error', during: 'download', message: 'aborted' });
    if (percent >= 100) return set({ state: 'downloaded', version: '0.2.0', installOnQuit: false });
    set({ state: 'downloading', version: '0.2.0', percent });
    later(700, () => download(percent + 25));
  };
  const opened: string[] = [];
  const choices: UpdateChoice['choice'][] = [];
  return {
    opened,
    choices,
    view,
    check: (): UpdateView => {
      if (status.state === 'development' || status.state === 'checking' || status.state === 'downloading' || status.state === 'downloaded') return view();
      set({ state: 'checking' });
      later(900, () => {
        if (scenario === 'same') set({ state: 'up-to-date', checkedAt: now() });
        else if (scenario === 'broken') set({ state: 'error', during: 'check', message: 'Cannot parse update info from latest.yml in the latest release artifacts' });
        else if (scenario === 'deb') set({ state: 'available', version: '0.2.0', releaseUrl: 'https://github.com/unknot-app/unknot/releases/tag/v0.2.0' });
        else download(0);
      });
      return view();
    },
    choose: (choice: UpdateChoice['choice']) => {
      if (status.state !== 'downloaded') throw new Error('No update is ready to install.');
      choices.push(choice);
      if (choice === 'install-on-quit') set({ ...status, installOnQuit: true });
    },
    openRelease: () => {
      if (status.state !== 'available') throw new Error('No release to show.');
      opened.push(status.releaseUrl);
      return { url: status.releaseUrl };
    },
  };
};
