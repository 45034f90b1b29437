// Reads the fuses of a packaged Unknot binary with @electron/fuses and fails on any that differ
// from electron-builder.yml's `electronFuses`. The release workflow runs it on each OS's real
// Electron binary right after packaging (check:packaging does the same against a stand-in).
//   node scripts/check-fuses.mjs <path to the packaged binary or .app>
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { EXPECTED_FUSES } from './expected-fuses.mjs';


const target = process.argv[2];
if (!target) {
  console.error('check-fuses: give the packaged binary (or the .app on macOS)');
  process.exit(2);
}
const wire = await getCurrentFuseWire(target);
const problems = Object.entries(EXPECTED_FUSES).flatMap(([name, on]) => {
  const state = wire[FuseV1Options[name]];
  const want = on ? FuseState.ENABLE : FuseState.DISABLE;
  return state === want ? [] : [`${name} is ${state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : 'missing'}, expected ${on ? 'on' : 'off'}`];
});
if (problems.length > 0) {
  console.error(`check-fuses: ${target}: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`check-fuses: ${target}: all ${Object.keys(EXPECTED_FUSES).length} fuses as electron-builder.yml asks`);
