import { openCamera, openVideoFile, type FrameSource } from './camera';

/** Opens the webcam, or the preview's `?video=URL` file in its place. */
export const sourceOpener = (video: HTMLVideoElement, params: URLSearchParams): (() => Promise<FrameSource>) => {
  const file = params.get('video');
  // Only a file of the page's own origin: the preview must not fetch anything remote either.
  if (file && new URL(file, document.baseURI).origin === window.location.origin) return () => openVideoFile(video, file);
  return () => openCamera(video);
};
