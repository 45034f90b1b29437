/**
 * The posture window's Content-Security-Policy: the app's policy (platform/security.ts) with the
 * two relaxations the pose model needs and nothing else: `'wasm-unsafe-eval'` so the wasm backend
 * can compile its module (without it tfjs silently falls back to webgl at about 7x the cost),
 * `connect-src 'self'` so the model and wasm files are fetched from the app's own folder, and
 * `media-src 'self' blob:` so the browser preview can play a `?video=` file from the same place.
 * No remote origin anywhere; workers are off; the camera stream is attached as `srcObject`, which
 * CSP does not govern. renderer/posture.html carries the same policy in its <meta>
 * (tests/main/posture/posture-security.test.ts keeps them equal).
 */
export const POSTURE_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self' blob:; worker-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/** The page file of the posture window, beside index.html in the built renderer. */
export const POSTURE_PAGE = 'posture.html';
