import { breakStrings } from './break';
import { customStrings } from './custom';
import { kindsStrings } from './kinds';
import { onboardingStrings } from './onboarding';
import { postureStrings } from './posture';
import { progressStrings } from './progress';
import { routineStrings } from './routine';
import { settingsStrings } from './settings';

/**
 * Every area's strings. Each area keeps its own file so the catalogs grow without one file every
 * change touches; catalogs.ts deep-merges them over en.ts and de.ts.
 */
export const PARTS = [breakStrings, customStrings, kindsStrings, onboardingStrings, postureStrings, progressStrings, routineStrings, settingsStrings];
