import { afterAll, describe, expect, it, vi } from 'vitest';
import { connectBounded } from '../../main/platform/linux/dbus-bounded';
import { createDiagnostics } from '../../main/platform/diagnostics';
import { readNotificationCaps } from '../../main/platform/linux/notification-caps';
import { watchTrayPresence } from '../../main/platform/linux/tray-watcher';
import { watchDoNotDisturb } from '../../main/quiet/dnd-dbus';
import { startDesktop } from '../helpers/desktop';

// One real KDE Plasma 5.27 (kwin, kded5, plasmashell) for the file; it takes ~35 s to start here.
const plasma = await startDesktop('kde', { WITH_PLASMA: '1' });
afterAll(() => plasma.desktop?.stop());

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((f) => f()));

describe.skipIf(!plasma.desktop)('on a real KDE Plasma', () => {
  const address = () => plasma.desktop!.env.DBUS_SESSION_BUS_ADDRESS;

  it('do not disturb: follows Plasma’s Notifications Inhibited property as an app inhibits and releases it', async () => {
    const onChange = vi.fn();
    const diagnostics = createDiagnostics();
    const stop = await watchDoNotDisturb(address(), onChange, vi.fn(), { diagnostics });
    expect(stop).not.toBeNull();
    cleanups.push(stop!);
    expect(onChange).toHaveBeenLastCalledWith(false);
    // Another app (a video player, say) turns do-not-disturb on the way Plasma's own applet does.
    const app = await connectBounded(address());
    cleanups.push(app.disconnect);
    const N = { destination: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications', interface: 'org.freedesktop.Notifications' };
    const [cookie] = await app.call({ ...N, member: 'Inhibit', signature: 'ssa{sv}', body: ['unknot-test', 'testing do not disturb', {}] });
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(true), { timeout: 3000 });
    expect(diagnostics.snapshot().detectors['do not disturb (D-Bus)']).toMatchObject({ available: true, lastAnswer: 'on' });
    await app.call({ ...N, member: 'UnInhibit', signature: 'u', body: [cookie] });
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(false), { timeout: 3000 });
  });

  it('has a tray (kded5’s StatusNotifierWatcher) and notifications with action buttons', async () => {
    const tray = await watchTrayPresence(address(), vi.fn(), vi.fn());
    cleanups.push(tray.stop);
    expect(tray.present).toBe('yes');
    const caps = await readNotificationCaps(address(), vi.fn());
    expect(caps).toMatchObject({ server: 'yes', actions: true, name: 'Plasma' });
    expect(caps.capabilities).toContain('inhibitions');
  });
});
