/** One detector's or desktop service's state, as About → Diagnostics shows it. */
export interface DetectorDiagnosis {
  /** Whether this OS and desktop offer it at all. */
  available: boolean;
  /** Whether the person's settings have it on. */
  enabled: boolean;
  /** The last answer, in words ("on", "off", "unknown", "3 s idle"). */
  lastAnswer?: string;
  /** When it was last asked or last told us something (ms since epoch). */
  askedAt?: number;
  /** The last error, in words. */
  lastError?: string;
  /** Where the answer comes from ("D-Bus org.gnome.ScreenSaver", "gsettings", …). */
  source?: string;
}

/** Everything Diagnostics shows: per detector, plus platform facts (session type, tray, sandbox, …). */
export interface DiagnosticsSnapshot {
  detectors: Record<string, DetectorDiagnosis>;
  facts: Record<string, string>;
}

/** A registry adapters report to and About reads from; listeners hear every change. */
export interface Diagnostics {
  /** Merges a detector's new state into what is known of it. */
  report: (name: string, patch: Partial<DetectorDiagnosis>) => void;
  /** Records a platform fact ("session type" → "wayland"). */
  fact: (key: string, value: string) => void;
  /** A copy of everything known now. */
  snapshot: () => DiagnosticsSnapshot;
  /** Subscribes to changes; returns the unsubscribe function. */
  onChange: (listener: () => void) => () => void;
}

/** Creates an empty diagnostics registry. */
export const createDiagnostics = (): Diagnostics => {
  const detectors = new Map<string, DetectorDiagnosis>();
  const facts = new Map<string, string>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    report: (name, patch) => {
      const before = detectors.get(name) ?? { available: false, enabled: false };
      detectors.set(name, { ...before, ...patch });
      changed();
    },
    fact: (key, value) => {
      facts.set(key, value);
      changed();
    },
    snapshot: () => ({
      detectors: Object.fromEntries([...detectors].map(([name, d]) => [name, { ...d }])),
      facts: Object.fromEntries(facts),
    }),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** Plain text of a snapshot, for the "Copy" button and bug reports. */
export const diagnosticsText = (snapshot: DiagnosticsSnapshot, now: number): string => {
  const ago = (at?: number) => (at === undefined ? 'never' : `${Math.max(0, Math.round((now - at) / 1000))} s ago`);
  const lines = ['Unknot diagnostics', ''];
  for (const [key, value] of Object.entries(snapshot.facts)) lines.push(`${key}: ${value}`);
  lines.push('');
  for (const [name, d] of Object.entries(snapshot.detectors)) {
    const state = !d.available ? 'not on this system' : d.enabled ? 'on' : 'off in Settings';
    lines.push(`${name}: ${state}; last answer ${d.lastAnswer ?? '—'} (${ago(d.askedAt)})${d.source ? `; via ${d.source}` : ''}${d.lastError ? `; last error: ${d.lastError}` : ''}`);
  }
  return lines.join('\n');
};
