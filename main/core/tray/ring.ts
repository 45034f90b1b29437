import type { EngineStatus } from '../engine/status';
import type { BreakKind } from '../engine/types';

/** How many steps the ring fills in: fine enough to move every few minutes, coarse enough to redraw rarely. */
export const RING_STEPS = 12;

/** The shortest time between two redraws of a visible ring whose fill changed. */
export const RING_REDRAW_MS = 60_000;

/**
 * Whether the tray may show the ring. macOS menu-bar icons are template images, which AppKit
 * draws from their alpha alone (Electron, nativeImage "Template Image": "Template images consist
 * of black and an alpha channel"; docs/api/native-image.md), so a coloured ring would be lost.
 */
export const ringAllowed = (platform: string, setting: boolean): boolean => setting && platform !== 'darwin';

/**
 * The ring's step (0 = just restarted, RING_STEPS = due) for a status, or null when no countdown
 * runs (a break, paused, quiet, away, outside working hours). `everyMinutes` is the status kind's interval.
 */
export const ringStep = (status: EngineStatus, everyMinutes: (kind: BreakKind) => number): number | null => {
  if ((status.mode !== 'active' && status.mode !== 'snoozed') || status.kind === undefined || status.minutes === undefined) return null;
  const interval = everyMinutes(status.kind);
  if (!(interval > 0)) return null;
  const done = Math.min(1, Math.max(0, 1 - status.minutes / interval));
  return Math.floor(done * RING_STEPS);
};

/** What the tray last drew: the ring's step (null: plain icon) and when. */
export interface DrawnRing {
  step: number | null;
  at: number;
}

/**
 * Whether to draw now. A ring appearing or going (a break opens, a pause ends) is drawn at once;
 * a visible ring whose fill moved waits until a minute has passed since the last draw.
 */
export const ringNeedsDraw = (drawn: DrawnRing | null, step: number | null, now: number): boolean => {
  if (!drawn) return true;
  if (drawn.step === step) return false;
  if (drawn.step === null || step === null) return true;
  return now - drawn.at >= RING_REDRAW_MS;
};

/** A colour with straight (not premultiplied) alpha, 0–255 each. */
type Colour = readonly [number, number, number, number];
/**
 * Every colour has equal red and blue, so the pixels read the same whether the platform's bitmap
 * is RGBA or BGRA (Electron: toBitmap's "format is platform-dependent"; electron.d.ts createFromBitmap).
 */
const BADGE: Colour = [28, 28, 28, 235];
const TRACK: Colour = [120, 120, 120, 255];
const FILL: Colour = [80, 215, 80, 255];
const SAMPLES = 4;

/** Which colour (if any) the point (x, y) of a size×size icon takes. */
const shade = (x: number, y: number, size: number, done: number): Colour | null => {
  const r = size * 0.3;
  const cx = size - r - size * 0.02;
  const cy = size - r - size * 0.02;
  const dx = x - cx;
  const dy = y - cy;
  const dist = Math.hypot(dx, dy);
  if (dist > r) return null;
  const outer = r * 0.82;
  const inner = r * 0.45;
  if (dist > outer || dist < inner) return BADGE;
  // Clockwise from twelve o'clock, as a clock face fills.
  const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
  return turn < done ? FILL : TRACK;
};

/** Draws a shape over a bitmap: `shadeAt` gives each point's colour (or none); 4×4 supersampled, source-over. */
const paint = (base: Uint8Array, width: number, height: number, shadeAt: (x: number, y: number, size: number) => Colour | null): Uint8Array => {
  if (base.length !== width * height * 4) throw new Error(`a ${width}×${height} bitmap has ${width * height * 4} bytes, not ${base.length}`);
  const out = new Uint8Array(base);
  const size = Math.min(width, height);
  for (let py = 0; py < height; py += 1) {
    for (let px = 0; px < width; px += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const c = shadeAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, size);
          if (!c) continue;
          const alpha = c[3] / 255;
          r += c[0] * alpha; g += c[1] * alpha; b += c[2] * alpha; a += c[3];
        }
      }
      if (a === 0) continue;
      const n = SAMPLES * SAMPLES;
      const srcA = a / n;
      const keep = 1 - srcA / 255;
      const i = (py * width + px) * 4;
      // Source-over in premultiplied space: src + dst × (1 − srcα).
      out[i] = Math.round(r / n + out[i]! * keep);
      out[i + 1] = Math.round(g / n + out[i + 1]! * keep);
      out[i + 2] = Math.round(b / n + out[i + 2]! * keep);
      out[i + 3] = Math.round(srcA + out[i + 3]! * keep);
    }
  }
  return out;
};

/**
 * The icon's pixels (4 bytes each, alpha last, premultiplied as Chromium's bitmaps are) with the
 * ring drawn as a badge in the lower right corner, filled `step` of RING_STEPS clockwise.
 * Edges are anti-aliased by 4×4 supersampling. The input is not changed.
 */
export const drawRing = (base: Uint8Array, width: number, height: number, step: number): Uint8Array => {
  const done = Math.min(RING_STEPS, Math.max(0, step)) / RING_STEPS;
  return paint(base, width, height, (x, y, size) => shade(x, y, size, done));
};

const MARK_FILL: Colour = [255, 255, 255, 255];

/**
 * The posture mark (issue 14: "the tray icon changes" when posture sensing nudges): a white dot with
 * a dark rim in the upper right corner, away from the ring's corner. Black and white only, so it
 * also reads in a macOS template image (black and alpha). The input is not changed.
 */
export const drawPostureMark = (base: Uint8Array, width: number, height: number): Uint8Array =>
  paint(base, width, height, (x, y, size) => {
    const r = size * 0.2;
    const dist = Math.hypot(x - (size - r - size * 0.02), y - (r + size * 0.02));
    if (dist > r) return null;
    return dist > r * 0.62 ? BADGE : MARK_FILL;
  });
