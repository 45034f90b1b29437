import { useEffect, useState } from 'react';

/** The browser preview's stand-in for the tray: the status line and the tray's actions. */
export const PreviewHarness = () => {
  const controls = window.__unknotPreview;
  const [status, setStatus] = useState(() => controls?.status());
  useEffect(() => controls?.onStatus(setStatus), [controls]);
  if (!controls || !status) return null;
  return (
    <aside className="harness" aria-label="Preview tray">
      <span className="harness-status" data-testid="tray-status">
        {status.text}
      </span>
      <button type="button" onClick={() => controls.breakNow()} disabled={status.mode === 'break'}>
        Take a break now
      </button>
      <button type="button" onClick={() => controls.snooze()} disabled={!status.snoozeAllowed}>
        Snooze 10 minutes
      </button>
    </aside>
  );
};
