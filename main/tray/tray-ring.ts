import { nativeImage, type NativeImage } from 'electron';
import { drawRing } from '../core/tray/ring';

/**
 * The tray icon with the countdown ring drawn over it, at every scale the icon file has (1x and
 * 2x). Pixels come from `toBitmap` and go back through `createFromBitmap` / `addRepresentation`,
 * both in the platform's own bitmap format (electron.d.ts), which core/tray/ring.ts draws in
 * alike. A representation whose buffer does not match its size is left out; if none is usable
 * the plain icon is returned.
 */
export const iconWithRing = (base: NativeImage, step: number): NativeImage => {
  let out: NativeImage | null = null;
  const scales = base.getScaleFactors().length > 0 ? base.getScaleFactors() : [1];
  for (const scaleFactor of scales) {
    const pixels = base.toBitmap({ scaleFactor });
    const dip = base.getSize(scaleFactor);
    const width = Math.round(dip.width * scaleFactor);
    const height = width > 0 ? pixels.length / 4 / width : 0;
    if (width <= 0 || !Number.isInteger(height) || height <= 0) continue;
    const drawn = Buffer.from(drawRing(pixels, width, height, step));
    if (!out) out = nativeImage.createFromBitmap(drawn, { width, height, scaleFactor });
    else out.addRepresentation({ scaleFactor, width, height, buffer: drawn });
  }
  return out ?? base;
};
