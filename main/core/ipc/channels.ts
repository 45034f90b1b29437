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
  // routine (issue 15 §3–4)
  'getBodyCheck',
  'submitBodyCheck',
  'getProgramme',
  'submitFeedback',
  'getTechniqueFeedback',
  'getStatus', // first run (issue 13): Progress says when the first break comes
  'openPage', // first run (issue 13): onboarding's "Change the schedule" opens Settings
  // your own techniques (issue 15 §1)
  'getTechniques',
  'saveCustomTechnique',
  'deleteCustomTechnique',
  'exportTechniques',
  'importTechniques',
  'commitTechniqueImport',
  // posture sensing (issue 14)
  'postureFrame',
  'postureCalibrate',
  'getPostureStatus',
  'openPostureCalibration',
  'getPostureDays',
] as const;
/** Every event the main process pushes to windows. */
export const EVENT_NAMES = ['breakChanged', 'settingsChanged', 'diagnosticsChanged', 'updateChanged', 'techniquesChanged' /* your own techniques (issue 15 §1) */, 'postureChanged' /* posture sensing (issue 14) */] as const;

/** A call's name. */
export type CallName = (typeof CALL_NAMES)[number];
/** An event's name. */
export type EventName = (typeof EVENT_NAMES)[number];

/** The channel string for a call or event; the prefix keeps them apart from other modules' IPC. */
export const channelOf = (name: CallName | EventName): string => `unknot:${name}`;
