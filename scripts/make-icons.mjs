// Draws Unknot's tray and app icons (two loose, interlocking rings) from one geometry: PNGs
// straight from distance functions (sampled 4×4 per pixel, no image library), and the same mark
// as assets/icon.svg. Run `npm run icons` after changing the geometry.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
  return out;
};
const png = (size, rgba) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
};

// Coverage of the mark at (x, y) in a unit square: two rings, a disc behind for the app icon.
const ring = (x, y, cx, cy, r, w) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;
const mark = (x, y, weight) => ring(x, y, 0.38, 0.5, 0.24, weight) || ring(x, y, 0.62, 0.5, 0.24, weight);

const render = (size, paint) => {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy += 1) {
        for (let sx = 0; sx < 4; sx += 1) {
          const [r, g, b, a] = paint((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size);
          acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = acc[3] / 16;
      rgba[i] = alpha ? Math.round(acc[0] / acc[3]) : 0;
      rgba[i + 1] = alpha ? Math.round(acc[1] / acc[3]) : 0;
      rgba[i + 2] = alpha ? Math.round(acc[2] / acc[3]) : 0;
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, rgba);
};

const teal = [31, 111, 104];
// State badges in the top-right corner: snoozed (a hollow dot), meeting (a filled dot); paused swaps the rings for two bars.
const badge = {
  active: () => false,
  snoozed: (x, y) => Math.abs(Math.hypot(x - 0.84, y - 0.16) - 0.12) < 0.05,
  meeting: (x, y) => Math.hypot(x - 0.84, y - 0.16) < 0.15,
  paused: () => false,
};
const pausedMark = (x, y) => y > 0.2 && y < 0.8 && ((x > 0.28 && x < 0.42) || (x > 0.58 && x < 0.72));
const tray = (size, colour, state = 'active') =>
  render(size, (x, y) => {
    const weight = size <= 16 ? 0.14 : 0.11;
    const drawn = state === 'paused' ? pausedMark(x, y) : mark(x, y, weight) || badge[state](x, y);
    return drawn ? [...colour, 1] : [0, 0, 0, 0];
  });
const app = (size) =>
  render(size, (x, y) => {
    if (mark(x, y, 0.075)) return [255, 255, 255, 1];
    const inside = Math.hypot(x - 0.5, y - 0.5) <= 0.47;
    return inside ? [...teal, 1] : [0, 0, 0, 0];
  });

const files = {
  'assets/tray/tray.png': tray(16, teal),
  'assets/tray/tray@2x.png': tray(32, teal),
  'assets/tray/trayTemplate.png': tray(16, [0, 0, 0]),
  'assets/tray/trayTemplate@2x.png': tray(32, [0, 0, 0]),
  'assets/icon.png': app(512),
};
for (const state of ['snoozed', 'paused', 'meeting']) {
  files[`assets/tray/tray-${state}.png`] = tray(16, teal, state);
  files[`assets/tray/tray-${state}@2x.png`] = tray(32, teal, state);
  files[`assets/tray/trayTemplate-${state}.png`] = tray(16, [0, 0, 0], state);
  files[`assets/tray/trayTemplate-${state}@2x.png`] = tray(32, [0, 0, 0], state);
}
// The same mark as vector art, for anything that wants to scale it (installers, the web).
const ringSvg = (cx, stroke, width) => `<circle cx="${cx * 512}" cy="256" r="${0.24 * 512}" fill="none" stroke="${stroke}" stroke-width="${width * 512}"/>`;
files['assets/icon.svg'] = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><circle cx="256" cy="256" r="${0.47 * 512}" fill="rgb(${teal.join(',')})"/>${ringSvg(0.38, '#fff', 0.075)}${ringSvg(0.62, '#fff', 0.075)}</svg>\n`;
for (const [path, data] of Object.entries(files)) writeFileSync(path, data);
console.log(`wrote ${Object.keys(files).length} icons`);
