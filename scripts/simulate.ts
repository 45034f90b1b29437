/**
 * `npm run -s simulate -- --settings FILE --trace FILE`: runs the real engine over a trace and
 * prints one JSON object a line for each effect. Exit 2 on bad input, naming what is wrong.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TECHNIQUE_REFS } from '../main/core/techniques/library';
import { parseSettings } from '../main/core/settings/validate';
import { effectToJson } from '../main/core/simulation/format';
import { simulate } from '../main/core/simulation/simulate';
import { parseTrace, TraceError } from '../main/core/simulation/trace';

const fail = (message: string): never => {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
};

const readText = (path: string, what: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`cannot read the ${what} file ${path}: ${(error as Error).message}`);
  }
};

let values: { settings?: string; trace?: string };
try {
  ({ values } = parseArgs({ options: { settings: { type: 'string' }, trace: { type: 'string' } }, strict: true }));
} catch (error) {
  fail(`${(error as Error).message}\nusage: simulate [--settings FILE] --trace FILE`);
}
if (!values!.trace) fail('--trace FILE is required\nusage: simulate [--settings FILE] --trace FILE');

let settingsJson: unknown = {};
if (values!.settings) {
  try {
    settingsJson = JSON.parse(readText(values!.settings, 'settings'));
  } catch (error) {
    fail(`settings file is not valid JSON: ${(error as Error).message}`);
  }
}
const settings = parseSettings(settingsJson);
if (!settings.ok) fail(`invalid settings: ${settings.problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`);

let trace;
try {
  trace = parseTrace(readText(values!.trace!, 'trace'));
} catch (error) {
  if (error instanceof TraceError) fail(error.message);
  throw error;
}
const { effects } = simulate(trace!, { settings: settings.ok ? settings.settings : (undefined as never), techniques: TECHNIQUE_REFS });
process.stdout.write(effects.map((effect) => JSON.stringify(effectToJson(effect))).join('\n') + (effects.length ? '\n' : ''));
