import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentTypeOf, fileCapableFetch, readWithXhr } from '../../../renderer/posture/file-fetch';

// The posture page runs from file:// in the app; Chromium's fetch refuses that scheme (electron#3922).
vi.stubGlobal('document', { baseURI: 'file:///opt/unknot/resources/app.asar/out/renderer/posture.html' });
afterEach(() => vi.clearAllMocks());

const refusing = vi.fn(async (): Promise<Response> => {
  throw new TypeError('Fetch API cannot load file:///x. URL scheme "file" is not supported.');
});

describe('the posture page reads its own model files under file://', () => {
  it('falls back to XHR for a file URL that fetch refuses, typed so WebAssembly.instantiateStreaming accepts it', async () => {
    const read = vi.fn(async (url: string) => new Response(new Uint8Array([0, 97, 115, 109]), { headers: { 'Content-Type': contentTypeOf(url) } }));
    const response = await fileCapableFetch(refusing as unknown as typeof fetch, read)('posture-assets/tfjs-backend-wasm-simd.wasm');
    expect(read).toHaveBeenCalledWith('file:///opt/unknot/resources/app.asar/out/renderer/posture-assets/tfjs-backend-wasm-simd.wasm');
    expect(response.headers.get('Content-Type')).toBe('application/wasm');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('never reads anything but file URLs itself, and keeps fetch where fetch works', async () => {
    const read = vi.fn();
    const working = vi.fn(async () => new Response('ok'));
    await fileCapableFetch(working as unknown as typeof fetch, read)('posture-assets/movenet-lightning.json');
    await expect(fileCapableFetch(refusing as unknown as typeof fetch, read)('https://cdn.example/model.json')).rejects.toThrow(TypeError);
    expect(read).not.toHaveBeenCalled();
  });

  it('turns an XHR status 0 (success for file URLs) into a 200 and an error into a rejection', async () => {
    const fakeXhr = (status: number, fail = false) => () => {
      const xhr = { status, response: new ArrayBuffer(3), responseType: '', onload: null as (() => void) | null, onerror: null as (() => void) | null, open: vi.fn(), send: () => (fail ? xhr.onerror?.() : xhr.onload?.()) };
      return xhr as unknown as XMLHttpRequest;
    };
    expect((await readWithXhr('file:///a/model.bin', fakeXhr(0))).status).toBe(200);
    await expect(readWithXhr('file:///a/model.bin', fakeXhr(0, true))).rejects.toThrow(/failed/);
    await expect(readWithXhr('file:///a/missing.bin', fakeXhr(404))).rejects.toThrow(/404/);
  });
});
