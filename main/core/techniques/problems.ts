import type { z } from 'zod';

/** What is wrong with one value, in words the editor and the import can translate. */
export type ProblemCode =
  | 'required'
  | 'too-short'
  | 'too-long'
  | 'too-small'
  | 'too-large'
  | 'too-few'
  | 'too-many'
  | 'not-whole'
  | 'wrong-type'
  | 'invalid-choice'
  | 'unknown-key'
  | 'invalid-id'
  | 'duplicate'
  | 'breath-needed'
  | 'breath-only-breathe'
  | 'total-too-long'
  | 'control-characters'
  | 'not-json'
  | 'file-too-big'
  | 'too-deep'
  | 'forbidden-key'
  | 'wrong-format'
  | 'too-many-custom'
  | 'invalid';

/** One problem: where (`techniques[2].steps[0].seconds`), what, and the limit it broke. */
export interface Problem {
  path: string;
  code: ProblemCode;
  limit?: number;
}

/** Writes a path the way a person reads it in a JSON file: `techniques[2].steps[0].seconds`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

const sizeCode = (origin: string, big: boolean): ProblemCode => {
  if (origin === 'string') return big ? 'too-long' : 'too-short';
  if (origin === 'array' || origin === 'set') return big ? 'too-many' : 'too-few';
  return big ? 'too-large' : 'too-small';
};

/** Turns zod's issues into problems, each with its full path below `prefix`. */
export const problemsOf = (error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] =>
  error.issues.flatMap((issue): Problem[] => {
    const path = formatPath([...prefix, ...issue.path]);
    switch (issue.code) {
      case 'invalid_type':
        if (/received (undefined|null)/.test(issue.message)) return [{ path, code: 'required' }];
        return [{ path, code: issue.expected === 'int' ? 'not-whole' : 'wrong-type' }];
      case 'too_small': {
        if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ path, code: 'required' }];
        return [{ path, code: sizeCode(issue.origin, false), limit: Number(issue.minimum) }];
      }
      case 'too_big':
        return [{ path, code: sizeCode(issue.origin, true), limit: Number(issue.maximum) }];
      case 'invalid_value':
        return [{ path, code: 'invalid-choice' }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: formatPath([...prefix, ...issue.path, key]), code: 'unknown-key' as const }));
      case 'custom': {
        const params = (issue.params ?? {}) as { code?: ProblemCode; limit?: number };
        return [{ path, code: params.code ?? 'invalid', ...(params.limit !== undefined && { limit: params.limit }) }];
      }
      default:
        return [{ path, code: 'invalid' }];
    }
  });

const WORDS: Record<ProblemCode, string> = {
  required: 'is required',
  'too-short': 'must have at least {limit} characters',
  'too-long': 'must have at most {limit} characters',
  'too-small': 'must be at least {limit}',
  'too-large': 'must be at most {limit}',
  'too-few': 'must have at least {limit} entries',
  'too-many': 'must have at most {limit} entries',
  'not-whole': 'must be a whole number',
  'wrong-type': 'has the wrong type',
  'invalid-choice': 'is not one of the allowed values',
  'unknown-key': 'is not a field a technique has',
  'invalid-id': 'is not a valid id (lower-case letters, digits and dashes)',
  duplicate: 'appears twice',
  'breath-needed': 'a breathing step needs its in and out seconds',
  'breath-only-breathe': 'only a breathing step has in and out seconds',
  'total-too-long': 'the steps add up to more than {limit} seconds',
  'control-characters': 'contains control characters',
  'not-json': 'the file is not JSON',
  'file-too-big': 'the file is larger than {limit} bytes',
  'too-deep': 'the file is nested deeper than {limit} levels',
  'forbidden-key': 'is a name no file may use (__proto__, constructor, prototype)',
  'wrong-format': 'this is not an Unknot technique file',
  'too-many-custom': 'there would be more than {limit} of your own techniques',
  invalid: 'is not valid',
};

/** The English line for a problem (logs, tests); the renderer translates the code itself. */
export const describeProblem = (problem: Problem): string => {
  const words = WORDS[problem.code].replace('{limit}', String(problem.limit ?? ''));
  return problem.path ? `${problem.path}: ${words}` : words;
};
