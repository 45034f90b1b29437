/** Every IPC call name, in one list the preload can import without the schema library. */
export const CALL_NAMES = [
  'getBreak',
  'getNotice',
  'breakAction',
  'getSettings',
  'updateSettings',
  'resetSettings',
  'planDay',
  'getProgress',
  'submitCheckIn',
  'dismissCheckIn',
  'getSelfCheck',
  'submitSelfCheck',
  'exportData',
  'deleteAllData',
  'openLogFile',
  'getHeldBack',
  'heldBackChoice',
  'getDiagnostics',
  'copyDiagnostics',
  'getUpdateStatus',
  'checkForUpdates',
  'updateChoice',
  'openReleasePage',
  'openCrashReports',
] as const;
/** Every event the main process pushes to windows. */
export const EVENT_NAMES = ['breakChanged', 'settingsChanged', 'diagnosticsChanged', 'updateChanged'] as const;

/** A call's name. */
export type CallName = (typeof CALL_NAMES)[number];
/** An event's name. */
export type EventName = (typeof EVENT_NAMES)[number];

/** The channel string for a call or event; the prefix keeps them apart from other modules' IPC. */
export const channelOf = (name: CallName | EventName): string => `unknot:${name}`;
