import type { CallHandlers } from '../core/ipc/contract';
import type { RoutineData } from '../storage/feedback-routine';

type RoutineHandlers = Pick<CallHandlers, 'getBodyCheck' | 'submitBodyCheck' | 'getProgramme' | 'submitFeedback' | 'getTechniqueFeedback'>;

const missing = () => {
  throw new Error('The body self-check and feedback are not available in this build.');
};

/**
 * The routine's calls (issue 15 §3–4). Without a store (a build that does not wire it) reads answer
 * "nothing yet" and writes fail with a reason, so no window breaks.
 */
export const routineHandlers = (routine: RoutineData | undefined, hidden: () => readonly string[], now: () => number): RoutineHandlers => ({
  getBodyCheck: () => routine?.bodyChecks() ?? { last: null, all: [], dueAt: null },
  submitBodyCheck: (answers) => (routine ? (routine.addBodyCheck(answers, now()), { ok: true as const }) : missing()),
  getProgramme: () => routine?.programmeView() ?? { weights: {}, reasons: {} },
  submitFeedback: (input) => (routine ? routine.addFeedback(input, now(), hidden()) : missing()),
  getTechniqueFeedback: () => routine?.techniqueRows() ?? [],
});
