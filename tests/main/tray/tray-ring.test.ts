import type { AddRepresentationOptions, CreateFromBitmapOptions, NativeImage, Size, ToBitmapOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../../main/core/engine/status';
import { ringStep } from '../../../main/core/tray/ring';
import { FakeImage } from '../fake-electron-tray';
import { FakeTray, resetFakes } from '../fake-electron';

/** An icon with 1x and 2x bitmaps (16 and 32 px), as nativeImage gives for tray.png + tray@2x.png. */
class BitmapImage extends FakeImage implements Pick<NativeImage, 'toBitmap' | 'getSize' | 'getScaleFactors' | 'addRepresentation'> {
  readonly reps = new Map<number, Buffer>();
  constructor(path: string, reps: [number, Buffer][] = [[1, Buffer.alloc(16 * 16 * 4, 0x40)], [2, Buffer.alloc(32 * 32 * 4, 0x40)]]) {
    super(path);
    for (const [scale, buffer] of reps) this.reps.set(scale, buffer);
  }
  toBitmap(options?: ToBitmapOptions): Buffer {
    return Buffer.from(this.reps.get(options?.scaleFactor ?? 1) ?? Buffer.alloc(0));
  }
  getSize(scaleFactor?: number): Size {
    // Electron reports the size in device-independent pixels.
    const scale = scaleFactor ?? 1;
    const pixels = (this.reps.get(scale)?.length ?? 0) / 4;
    const side = Math.sqrt(pixels) / scale;
    return { width: side, height: side };
  }
  getScaleFactors(): number[] {
    return [...this.reps.keys()];
  }
  addRepresentation(options: AddRepresentationOptions): void {
    if (options.buffer) this.reps.set(options.scaleFactor ?? 1, options.buffer);
  }
}

const made: { options: CreateFromBitmapOptions; buffer: Buffer }[] = [];
const nativeImage = {
  createFromPath: (path: string): NativeImage => new BitmapImage(path) as unknown as NativeImage,
  createFromBitmap: (buffer: Buffer, options: CreateFromBitmapOptions): NativeImage => {
    made.push({ options, buffer });
    return new BitmapImage(`bitmap:${options.width}x${options.height}`, [[options.scaleFactor ?? 1, buffer]]) as unknown as NativeImage;
  },
} satisfies Pick<typeof import('electron').nativeImage, 'createFromPath' | 'createFromBitmap'>;

vi.mock('electron', async () => {
  const { electronFake } = await import('../fake-electron');
  return { ...electronFake, nativeImage, default: { ...electronFake.default, nativeImage } };
});
const { setupTray } = await import('../../../main/tray/tray');
const { iconWithRing } = await import('../../../main/tray/tray-ring');

const status = (minutes: number, mode: EngineStatus['mode'] = 'active'): EngineStatus => ({ text: `Next posture break in ${minutes} min`, mode, kind: 'posture', minutes, snoozeAllowed: true });
const actions = { breakNow: vi.fn(), snooze: vi.fn(), pause: vi.fn(), resume: vi.fn(), setMeeting: vi.fn(), openSettings: vi.fn(), openProgress: vi.fn(), openAbout: vi.fn(), quit: vi.fn() };

beforeEach(() => {
  resetFakes();
  made.length = 0;
});

describe('the tray icon with its countdown ring', () => {
  it('draws the ring into both the 1x and the 2x bitmap of the icon', () => {
    const base = nativeImage.createFromPath('assets/tray/tray.png');
    const ringed = iconWithRing(base, 6) as unknown as BitmapImage;
    expect(made).toHaveLength(1);
    expect(made[0]!.options).toEqual({ width: 16, height: 16, scaleFactor: 1 });
    expect(ringed.getScaleFactors()).toEqual([1, 2]);
    const twice = ringed.toBitmap({ scaleFactor: 2 });
    expect(twice.length).toBe(32 * 32 * 4);
    expect(twice.equals(base.toBitmap({ scaleFactor: 2 }))).toBe(false);
    // The upper left corner is the icon as it was.
    expect([...twice.subarray(0, 4)]).toEqual([0x40, 0x40, 0x40, 0x40]);
  });

  it('keeps the plain icon when a bitmap does not match its size', () => {
    const odd = new BitmapImage('odd.png', [[1, Buffer.alloc(10)]]) as unknown as NativeImage;
    expect(iconWithRing(odd, 3)).toBe(odd);
  });

  it('shows the ring from the start, redraws it at most once a minute, and drops it at once when paused', () => {
    let now = 1_000_000;
    const ring = { step: (s: EngineStatus) => ringStep(s, () => 30), now: () => now };
    const handle = setupTray('assets', actions, () => ({ snoozeOptions: [5, 10, 20], meeting: false }), status(12), ring);
    const tray = FakeTray.instances.at(-1)!;
    expect(tray.imagePath).toBe('bitmap:16x16');
    expect(made).toHaveLength(1);
    now += 30_000;
    handle.update(status(6));
    expect(made).toHaveLength(1);
    now += 31_000;
    handle.update(status(5));
    expect(made).toHaveLength(2);
    handle.update(status(5, 'paused'));
    expect(tray.imagePath).toMatch(/tray-paused\.png$/);
    expect(made).toHaveLength(2);
  });

  it('never draws a ring without one asked for (the setting off, or macOS)', () => {
    const handle = setupTray('assets', actions, () => ({ snoozeOptions: [5, 10, 20], meeting: false }), status(12), { step: () => null, now: () => 0 });
    handle.update(status(3));
    expect(made).toHaveLength(0);
    expect(FakeTray.instances.at(-1)!.imagePath).toMatch(/tray\.png$/);
  });
});

describe('the posture mark on the tray icon (issue 14)', () => {
  it('appears at once while posture sensing sees something, in the upper right corner, and goes when it stops', () => {
    let posture: string | null = null;
    const handle = setupTray('assets', actions, () => ({ snoozeOptions: [5, 10, 20], meeting: false, posture }), status(12));
    const tray = FakeTray.instances.at(-1)!;
    expect(tray.imagePath).toMatch(/tray\.png$/);
    posture = 'shoulders-up';
    handle.update(status(12));
    expect(tray.imagePath).toBe('bitmap:16x16');
    const marked = made.at(-1)!.buffer;
    // Upper right drawn (white centre of the dot), lower left untouched.
    const at = (x: number, y: number) => [...marked.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4)];
    expect(at(12, 3)).not.toEqual([0x40, 0x40, 0x40, 0x40]);
    expect(at(1, 14)).toEqual([0x40, 0x40, 0x40, 0x40]);
    posture = null;
    handle.update(status(12));
    expect(tray.imagePath).toMatch(/tray\.png$/);
  });
});
