import { nativeImage, type NativeImage } from 'electron';
import { drawPostureMark, drawRing } from '../core/tray/ring';

/**
 * The tray icon with `draw` applied at every scale the icon file has (1x and 2x). Pixels come from
 * `toBitmap` and go back through `createFromBitmap` / `addRepresentation`, both in the platform's
 * own bitmap format (electron.d.ts), which core/tray/ring.ts draws in alike. A representation whose
 * buffer does not match its size is left out; if none is usable the plain icon is returned.
 */
const redraw = (base: NativeImage, draw: (pixels: Uint8Array, width: number, height: number) => Uint8Array): NativeImage => {
  let out: NativeImage | null = null;
  const scales = base.getScaleFactors().length > 0 ? base.getScaleFactors() : [1];
  for (const scaleFactor of scales) {
    const pixels = base.toBitmap({ scaleFactor });
    const dip = base.getSize(scaleFactor);
    const width = Math.round(dip.width * scaleFactor);
    const height = width > 0 ? pixels.length / 4 / width : 0;
    if (width <= 0 || !Number.isInteger(height) || height <= 0) continue;
    const drawn = Buffer.from(draw(pixels, width, height));
    if (!out) out = nativeImage.createFromBitmap(drawn, { width, height, scaleFactor });
    else out.addRepresentation({ scaleFactor, width, height, buffer: drawn });
  }
  if (out && base.isTemplateImage()) out.setTemplateImage(true);
  return out ?? base;
};

/** The tray icon with the countdown ring drawn over it, `step` of RING_STEPS filled. */
export const iconWithRing = (base: NativeImage, step: number): NativeImage => redraw(base, (pixels, width, height) => drawRing(pixels, width, height, step));

/** The tray icon with posture sensing's mark: something was noticed and is still seen (issue 14). */
export const iconWithPostureMark = (base: NativeImage): NativeImage => redraw(base, drawPostureMark);
