import type { GlobalShortcut } from 'electron';

/** Registers the global shortcuts for "break now" and "snooze" when they are on; returns what failed. */
export const applyShortcuts = (
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregisterAll'>,
  config: { enabled: boolean; breakNow: string; snooze: string },
  actions: { breakNow: () => void; snooze: () => void },
): string[] => {
  globalShortcut.unregisterAll();
  if (!config.enabled) return [];
  const failed: string[] = [];
  for (const [accelerator, action] of [[config.breakNow, actions.breakNow], [config.snooze, actions.snooze]] as const) {
    let ok = false;
    try {
      ok = accelerator !== '' && globalShortcut.register(accelerator, action);
    } catch {
      ok = false;
    }
    if (!ok) failed.push(accelerator);
  }
  return failed;
};
