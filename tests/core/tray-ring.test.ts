import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../main/core/engine/status';
import { drawRing, RING_REDRAW_MS, RING_STEPS, ringAllowed, ringNeedsDraw, ringStep } from '../../main/core/tray/ring';

const status = (minutes: number, extra: Partial<EngineStatus> = {}): EngineStatus => ({ text: '', mode: 'active', kind: 'posture', minutes, snoozeAllowed: true, ...extra });
const every = () => 30;

const FILL = [80, 215, 80];
const TRACK = [120, 120, 120];
/** Pixels (x, y) whose colour is exactly `rgb` with full alpha. */
const pixelsOf = (px: Uint8Array, size: number, rgb: number[]) => {
  const out: [number, number][] = [];
  for (let i = 0; i < size * size; i += 1) {
    if (px[i * 4] === rgb[0] && px[i * 4 + 1] === rgb[1] && px[i * 4 + 2] === rgb[2] && px[i * 4 + 3] === 255) out.push([i % size, Math.floor(i / size)]);
  }
  return out;
};

describe('the tray ring', () => {
  it('fills as the break comes closer, and shows nothing while no countdown runs', () => {
    expect(ringStep(status(30), every)).toBe(0);
    expect(ringStep(status(15), every)).toBe(RING_STEPS / 2);
    expect(ringStep(status(0), every)).toBe(RING_STEPS);
    // After a snooze more than an interval can be left: the ring is empty, not negative.
    expect(ringStep(status(45, { mode: 'snoozed' }), every)).toBe(0);
    for (const mode of ['paused', 'quiet', 'away', 'break', 'off-hours'] as const) expect(ringStep(status(10, { mode }), every)).toBeNull();
    expect(ringStep({ text: 'No breaks enabled', mode: 'active', snoozeAllowed: true }, every)).toBeNull();
  });

  it('is not drawn on macOS, whose tray icons are monochrome templates, nor with the setting off', () => {
    expect(ringAllowed('darwin', true)).toBe(false);
    expect(ringAllowed('linux', true)).toBe(true);
    expect(ringAllowed('win32', false)).toBe(false);
  });

  it('redraws a moving ring at most once a minute, but at once when it appears or goes', () => {
    const drawn = { step: 3, at: 1_000_000 };
    expect(ringNeedsDraw(drawn, 3, drawn.at + 5 * RING_REDRAW_MS)).toBe(false);
    expect(ringNeedsDraw(drawn, 4, drawn.at + RING_REDRAW_MS - 1)).toBe(false);
    expect(ringNeedsDraw(drawn, 4, drawn.at + RING_REDRAW_MS)).toBe(true);
    expect(ringNeedsDraw(drawn, null, drawn.at + 1)).toBe(true);
    expect(ringNeedsDraw({ step: null, at: drawn.at }, 0, drawn.at + 1)).toBe(true);
  });

  it.each([16, 22, 32, 44])('draws a %ipx badge in the lower right, filled clockwise from twelve o’clock', (size) => {
    const blank = new Uint8Array(size * size * 4);
    const empty = drawRing(blank, size, size, 0);
    const half = drawRing(blank, size, size, RING_STEPS / 2);
    const full = drawRing(blank, size, size, RING_STEPS);
    expect(blank.every((v) => v === 0)).toBe(true);
    expect(pixelsOf(empty, size, FILL)).toEqual([]);
    expect(pixelsOf(full, size, TRACK)).toEqual([]);
    const ring = pixelsOf(full, size, FILL);
    expect(ring.length).toBeGreaterThan(size / 2);
    // The badge sits in the lower right and leaves the upper left of the icon untouched.
    for (const [x, y] of ring) expect(x + y).toBeGreaterThan(size * 0.6);
    for (let y = 0; y < size / 3; y += 1) for (let x = 0; x < size / 3; x += 1) expect(full[(y * size + x) * 4 + 3]).toBe(0);
    // Half full: the filled pixels lie right of the centre, the track's left of it.
    const centre = size - size * 0.3 - size * 0.02;
    expect(pixelsOf(half, size, FILL).every(([x]) => x + 0.5 > centre)).toBe(true);
    expect(pixelsOf(half, size, TRACK).every(([x]) => x + 0.5 < centre)).toBe(true);
    expect(pixelsOf(half, size, FILL).length).toBeGreaterThan(0);
    // Red equals blue in everything drawn, so RGBA and BGRA bitmaps show the same colours.
    for (let i = 0; i < full.length; i += 4) expect(full[i]).toBe(full[i + 2]);
  });

  it('draws over the icon without changing the pixels it does not cover, and refuses a wrong buffer', () => {
    const size = 16;
    const icon = new Uint8Array(size * size * 4).fill(200);
    const out = drawRing(icon, size, size, 5);
    expect(icon.every((v) => v === 200)).toBe(true);
    expect(Array.from(out.slice(0, 4))).toEqual([200, 200, 200, 200]);
    expect(() => drawRing(new Uint8Array(10), size, size, 1)).toThrow(/bytes/);
  });
});
