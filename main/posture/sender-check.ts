import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';
import { POSTURE_PAGE } from '../core/posture/csp';
import { isPosturePage } from './media-grant';

/** The posture page's file URL, beside the renderer's index.html (a path). */
export const posturePageUrl = (rendererHtml: string): string => pathToFileURL(join(dirname(rendererHtml), POSTURE_PAGE)).toString();

/**
 * The gatekeeper's posture sender check (ipc/gatekeeper.ts `withPostureSender`): the message
 * comes from the live posture window's web contents, and its frame shows the posture page, which
 * sits beside the app's page `rendererUrl` (index.html's file URL).
 */
export const postureSenderCheck = (sensing: { contentsId: () => number | null }, rendererUrl: string) => {
  const pageUrl = new URL(POSTURE_PAGE, rendererUrl).toString();
  return (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean => {
    const id = sensing.contentsId();
    return id !== null && event.sender.id === id && isPosturePage(event.senderFrame?.url ?? '', pageUrl);
  };
};
