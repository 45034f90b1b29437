// Draws one line illustration per technique into assets/techniques/ (160×160, legible at 160 px).
// Each SVG carries its own colours for light and dark themes, since an <img> cannot inherit them.
import { writeFileSync } from 'node:fs';

const style = `<style>
.b{fill:none;stroke:#1d2a2f;stroke-width:6;stroke-linecap:round;stroke-linejoin:round}
.a{fill:none;stroke:#1f6f68;stroke-width:5;stroke-linecap:round;stroke-linejoin:round}
.f{fill:#1f6f68}.h{fill:#f6f4ef;stroke:#1d2a2f;stroke-width:6}
@media (prefers-color-scheme: dark){.b{stroke:#eef2ef}.a{stroke:#7fd1c4}.f{fill:#7fd1c4}.h{fill:#162023;stroke:#eef2ef}}
</style>`;

const head = (x = 80, y = 38, r = 15) => `<circle class="h" cx="${x}" cy="${y}" r="${r}"/>`;
const path = (d, cls = 'b') => `<path class="${cls}" d="${d}"/>`;
const arrow = (d, tip) => `${path(d, 'a')}<path class="f" d="${tip}"/>`;
const body = 'M80 54 V112 M50 70 H110';
const chair = path('M48 112 H112 M56 112 V146 M104 112 V146 M112 112 V64', 'b');

const drawings = {
  'upper-arm-hold': [head(), path(body), path('M50 70 L60 96 L100 84 M110 70 L100 96 L60 84'), '<circle class="f" cx="58" cy="86" r="6"/><circle class="f" cx="102" cy="86" r="6"/>', chair],
  'shrug-and-drop': [head(80, 44), path('M80 60 V112 M50 66 H110 M50 66 L44 108 M110 66 L116 108'), arrow('M32 92 V60', 'M24 62 L32 48 L40 62 Z'), arrow('M128 60 V92', 'M120 90 L128 104 L136 90 Z')],
  'chin-tuck': [head(76, 40), path(body), path('M50 70 L46 108 M110 70 L114 108'), arrow('M120 40 H98', 'M100 32 L86 40 L100 48 Z')],
  'shoulder-rolls': [head(), path(body), path('M50 70 L46 108 M110 70 L114 108'), path('M36 78 A16 16 0 1 1 52 62', 'a'), '<path class="f" d="M46 56 L58 62 L48 70 Z"/>', path('M124 78 A16 16 0 1 0 108 62', 'a'), '<path class="f" d="M114 56 L102 62 L112 70 Z"/>'],
  'upper-trapezius': [head(68, 44), path('M74 58 L80 70 V112 M50 70 H110 M50 70 L46 108 M110 70 L114 112'), arrow('M96 28 A30 30 0 0 0 60 30', 'M64 22 L52 32 L66 38 Z'), chair],
  'shoulder-blade-squeeze': [head(), path(body), path('M50 70 L40 96 L56 112 M110 70 L120 96 L104 112'), arrow('M58 86 H74', 'M72 80 L82 86 L72 92 Z'), arrow('M102 86 H86', 'M88 80 L78 86 L88 92 Z')],
  'doorway-chest-stretch': [path('M24 20 V150 M136 20 V150', 'b'), head(80, 46), path('M80 62 V118 M52 76 H108 M52 76 L30 64 L30 40 M108 76 L130 64 L130 40 M80 118 L66 150 M80 118 L98 150'), arrow('M80 96 V80', 'M72 82 L80 70 L88 82 Z')],
  'thoracic-extension': [head(90, 40), path('M86 56 Q72 84 76 112 M66 64 L100 54 M92 30 L110 22 M66 64 L54 40 L70 28'), chair, arrow('M40 70 A28 28 0 0 1 52 40', 'M44 40 L56 32 L58 46 Z')],
  'posture-check': [head(60, 46), path('M60 62 V112 M40 76 H80 M40 76 L52 100 L92 100 M80 76 L92 100'), path('M100 40 H140 V72 H100 Z M120 72 V90 M108 90 H132', 'b'), path('M76 44 H98', 'a'), chair.replace(/M48 112 H112/, 'M36 112 H84')],
  'slow-breathing': [head(80, 34, 13), path('M80 48 V104 M54 62 H106 M54 62 L48 100 M106 62 L112 100'), '<circle class="a" cx="80" cy="128" r="18"/>', '<circle class="a" cx="80" cy="128" r="8"/>'],
  'cyclic-sigh': [head(70, 50), path('M70 66 V120 M44 80 H96 M44 80 L40 118 M96 80 L100 118'), arrow('M88 50 Q108 50 112 36', 'M104 34 L116 28 L118 42 Z'), arrow('M88 58 Q118 64 140 84', 'M132 86 L146 90 L142 76 Z')],
  'levator-scapulae': [head(70, 50), path('M76 62 L80 70 V112 M50 70 H110 M50 70 L44 110 M110 70 L116 112'), arrow('M100 34 Q84 26 70 30', 'M74 22 L60 32 L76 38 Z'), chair],
  'band-raise': [head(80, 32, 13), path('M80 46 V104 M80 104 L68 146 M80 104 L92 146 M56 60 H104 M56 60 L22 60 M104 60 L138 60'), path('M22 60 Q40 110 68 146 M138 60 Q120 110 92 146', 'a'), arrow('M16 92 V74', 'M8 76 L16 62 L24 76 Z')],
  'lower-back-release': [head(80, 36, 13), path('M80 50 Q72 80 80 108 M56 62 H104 M56 62 L60 100 M104 62 L100 100'), chair, arrow('M40 104 A40 20 0 0 0 120 104', 'M114 98 L126 104 L114 112 Z')],
};

for (const [id, parts] of Object.entries(drawings)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160" width="160" height="160" role="img">${style}${parts.join('')}</svg>\n`;
  writeFileSync(`assets/techniques/${id}.svg`, svg);
}
console.log(`wrote ${Object.keys(drawings).length} illustrations`);
