/** The desktop this window runs on, as far as the caveats in Settings care. */
export type Os = 'linux' | 'mac' | 'windows';

/**
 * Read from the browser's own platform report (Chromium's navigator.userAgentData, else the older
 * navigator.platform), so Settings shows only this platform's caveats without asking main.
 * The preview takes `?os=mac|windows|linux` to show another platform's caveats.
 */
export const currentOs = (): Os => {
  const asked = new URLSearchParams(window.location.search).get('os');
  if (import.meta.env.MODE === 'web' && (asked === 'linux' || asked === 'mac' || asked === 'windows')) return asked;
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const name = (nav.userAgentData?.platform ?? nav.platform ?? '').toLowerCase();
  if (name.startsWith('mac')) return 'mac';
  if (name.startsWith('win')) return 'windows';
  return 'linux';
};
