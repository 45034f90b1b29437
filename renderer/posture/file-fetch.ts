/**
 * Chromium's fetch refuses file:// URLs ("URL scheme "file" is not supported"), while
 * XMLHttpRequest from a file:// page reads them in Electron (electron/electron#3922, #9474,
 * #10815: "XHR succeeds while fetch fails"; Electron keeps Chromium's policy). The packaged app
 * loads the posture page from file://, and both tfjs's model loader and the wasm runtime use
 * fetch, so the pose model would never load there. This wraps fetch for the posture page only:
 * any other URL goes to the real fetch untouched; a file:// URL is tried with fetch first (a later
 * Electron may allow it) and read with XHR when fetch refuses it. Nothing leaves the machine:
 * only file:// URLs are read this way, and the page's CSP still limits what it may load.
 */
const TYPES: Record<string, string> = { wasm: 'application/wasm', json: 'application/json', bin: 'application/octet-stream' };

/** The content type of a file by its extension: instantiateStreaming insists on application/wasm. */
export const contentTypeOf = (url: string): string => TYPES[url.split('?')[0]!.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

type Xhr = Pick<XMLHttpRequest, 'open' | 'send' | 'status' | 'response' | 'responseType' | 'onload' | 'onerror'>;

/** Reads a file:// URL with XMLHttpRequest into a Response (status 0 is success for file URLs). */
export const readWithXhr = (url: string, makeXhr: () => Xhr = () => new XMLHttpRequest()): Promise<Response> =>
  new Promise((resolve, reject) => {
    const xhr = makeXhr();
    xhr.responseType = 'arraybuffer';
    xhr.onload = () => {
      if (xhr.status !== 0 && xhr.status !== 200) reject(new TypeError(`reading ${url} failed with status ${xhr.status}`));
      else resolve(new Response(xhr.response as ArrayBuffer, { status: 200, headers: { 'Content-Type': contentTypeOf(url) } }));
    };
    xhr.onerror = () => reject(new TypeError(`reading ${url} failed`));
    xhr.open('GET', url);
    xhr.send();
  });

const urlOf = (input: RequestInfo | URL): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** A fetch that can also read the app's own files when the page runs from file://. */
export const fileCapableFetch =
  (real: typeof fetch, read: (url: string) => Promise<Response> = readWithXhr): typeof fetch =>
  async (input, init) => {
    const url = new URL(urlOf(input), document.baseURI).href;
    if (!url.startsWith('file:')) return real(input, init);
    try {
      return await real(input, init);
    } catch {
      return read(url);
    }
  };

/** Installs the wrapper on this window, once; only where the page itself came from file://. */
export const installFileFetch = (): void => {
  if (window.location.protocol !== 'file:') return;
  window.fetch = fileCapableFetch(window.fetch.bind(window));
};
