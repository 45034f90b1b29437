/** A source of frames that can be let go: the webcam (tracks stopped, light off) or a video file. */
export interface FrameSource {
  readonly video: HTMLVideoElement;
  /** Releases the camera: every track stopped, so the OS turns the light off. Idempotent. */
  release(): void;
}

/** The camera could not be opened (none, refused, or held by another app). */
export class CameraUnavailable extends Error {}

// The lowest size and rate MoveNet needs: it scales every image to 192x192 anyway, and the capture
// pipeline, not the model, is most of the cost (issue 14's measurement: ~17 % of a core at 30 fps).
const CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { width: { ideal: 320 }, height: { ideal: 240 }, frameRate: { ideal: 5 } },
};

const ready = (video: HTMLVideoElement) =>
  new Promise<void>((resolve, reject) => {
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) return resolve();
    const done = () => {
      video.removeEventListener('loadeddata', done);
      video.removeEventListener('error', fail);
      resolve();
    };
    const fail = () => reject(new CameraUnavailable('the video could not be played'));
    video.addEventListener('loadeddata', done);
    video.addEventListener('error', fail);
  });

/** Opens the webcam into `video`; `release()` stops every track. */
export const openCamera = async (video: HTMLVideoElement): Promise<FrameSource> => {
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia(CONSTRAINTS);
  } catch (error) {
    throw new CameraUnavailable(String(error));
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    await ready(video);
  } catch (error) {
    release();
    throw error instanceof CameraUnavailable ? error : new CameraUnavailable(String(error));
  }
  return { video, release };
};

/** Plays a video file (the preview's `?video=URL`) into `video` in a loop; `release()` pauses it. */
export const openVideoFile = async (video: HTMLVideoElement, url: string): Promise<FrameSource> => {
  video.muted = true;
  video.loop = true;
  if (video.src !== new URL(url, document.baseURI).href) video.src = url;
  try {
    await video.play();
    await ready(video);
  } catch (error) {
    throw new CameraUnavailable(String(error));
  }
  return { video, release: () => video.pause() };
};

/** Mean luminance of the current frame, 0..1, from a 16x12 copy: enough to tell a dark room, and cheap. */
export const brightnessOf = (video: HTMLVideoElement, canvas: HTMLCanvasElement): number => {
  canvas.width = 16;
  canvas.height = 12;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return 1;
  ctx.drawImage(video, 0, 0, 16, 12);
  const { data } = ctx.getImageData(0, 0, 16, 12);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
  return sum / (data.length / 4) / 255;
};
