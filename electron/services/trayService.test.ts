import { describe, expect, it, vi } from 'vitest';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { TrayService } from './trayService';

function startTray() {
  const platform = new RecordingPlatform();
  const quit = vi.fn();
  new TrayService({ platform, quit }).start();
  return { platform, quit };
}

describe('the tray', () => {
  it('offers open, lock, a separator, then quit', () => {
    const { platform } = startTray();
    expect(platform.trayMenu.map((item) => (item.kind === 'separator' ? '---' : item.label))).toEqual([
      'Open Hearth',
      'Lock now',
      '---',
      'Quit Hearth',
    ]);
    expect(platform.trayTooltip).toBe('Hearth');
  });

  it('opens the window from "Open Hearth"', () => {
    const { platform } = startTray();
    platform.simulate.clickTrayItem('open');
    expect(platform.windowShownCount).toBe(1);
    expect(platform.sentEvents).toEqual([]);
  });

  it('asks the page to lock from "Lock now"', () => {
    const { platform } = startTray();
    platform.simulate.clickTrayItem('lock');
    expect(platform.sentEvents).toEqual([{ event: 'session:didRequestLock', payload: { reason: 'tray' } }]);
  });

  it('really quits from "Quit Hearth"', () => {
    const { platform, quit } = startTray();
    platform.simulate.clickTrayItem('quit');
    expect(quit).toHaveBeenCalledOnce();
  });

  it('ignores a click on anything else', () => {
    const { platform, quit } = startTray();
    for (const id of ['separator', 'unknown', '']) platform.simulate.clickTrayItem(id);
    expect({ shown: platform.windowShownCount, sent: platform.sentEvents, quit: quit.mock.calls.length }).toEqual({
      shown: 0,
      sent: [],
      quit: 0,
    });
  });
});
