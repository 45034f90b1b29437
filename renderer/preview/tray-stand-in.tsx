import type { MenuItemConstructorOptions } from 'electron';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineStatus } from '../../main/core/engine/status';
import { buildTrayMenu } from '../../main/tray/tray-menu';
import type { PreviewControls } from './preview-bridge';

/** A page window of the app, in the preview the route that shows it. */
const show = (route: string) => {
  window.location.hash = `#/${route}`;
};

/** One menu item as a button; a submenu as a disclosure with its own items, as the tray nests them. */
const Item = ({ item, onDone }: { item: MenuItemConstructorOptions; onDone: () => void }) => {
  const [open, setOpen] = useState(false);
  if (item.type === 'separator') return <li className="tray-separator" aria-hidden="true" />;
  if (item.id === 'status') return <li className="tray-status-item">{item.label}</li>;
  const enabled = item.enabled !== false;
  if (Array.isArray(item.submenu)) {
    return (
      <li>
        <button type="button" aria-expanded={open} disabled={!enabled} data-item={item.id} onClick={() => setOpen(!open)}>
          {item.label} {open ? '▾' : '▸'}
        </button>
        {open && (
          <ul className="tray-submenu">
            {item.submenu.map((sub, i) => <Item key={sub.id ?? i} item={sub} onDone={onDone} />)}
          </ul>
        )}
      </li>
    );
  }
  const click = () => {
    (item.click as (() => void) | undefined)?.();
    onDone();
  };
  return (
    <li>
      <button type="button" disabled={!enabled} data-item={item.id} aria-pressed={item.type === 'checkbox' ? item.checked === true : undefined} onClick={click}>
        {item.label}
      </button>
    </li>
  );
};

/**
 * The tray menu as the app builds it (main/tray/tray-menu.ts `buildTrayMenu`, so no item can be
 * missing), acting on the preview's engine; each page window is shown as its route.
 */
export const TrayStandIn = ({ controls, status }: { controls: PreviewControls; status: EngineStatus }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [quitNote, setQuitNote] = useState(false);
  const items = buildTrayMenu(
    status,
    {
      breakNow: (kind) => {
        controls.breakNow(kind);
        show('break');
      },
      snooze: (minutes) => controls.snooze(minutes),
      pause: controls.tray.pause,
      resume: controls.tray.resume,
      setMeeting: (on) => controls.tray.meeting.set(on),
      openSettings: () => show('settings'),
      openProgress: () => show('progress'),
      openAbout: () => show('about'),
      quit: () => setQuitNote(true),
    },
    { snoozeOptions: controls.tray.snoozeOptions(), meeting: controls.tray.meeting.on() },
  );
  return (
    // Escape closes the menu, as a desktop's tray menu does.
    <div className="tray-stand-in" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="tray-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('preview.trayMenu')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <ul className="tray-menu" aria-label={t('preview.trayMenu')}>
          {items.map((item, i) => <Item key={item.id ?? `separator-${i}`} item={item} onDone={() => setOpen(false)} />)}
          <li className="tray-separator" aria-hidden="true" />
          <li className="tray-note">{t('preview.otherWindows')}</li>
          {(['onboarding', 'check-in', 'notice'] as const).map((route) => (
            <li key={route}>
              <button type="button" data-item={`window-${route}`} onClick={() => { show(route); setOpen(false); }}>
                {t(`preview.window.${route}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {quitNote && <p role="status" className="tray-note">{t('preview.quit')}</p>}
    </div>
  );
};
