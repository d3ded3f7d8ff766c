import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { CrashRecoveryService } from './crashRecoveryService';

function started() {
  let now = 1_000_000;
  const platform = new RecordingPlatform({ now: () => now });
  const recovery = new CrashRecoveryService(platform);
  recovery.start();
  return { platform, recovery, wait: (ms: number) => (now += ms) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reopening a page that crashed', () => {
  it('reloads the app, and the new page is told once that it was reopened', () => {
    const { platform, recovery } = started();
    expect(recovery.takeLastExit()).toBe('normal');
    platform.simulate.pageGone('crashed');
    expect(platform.reloadCount).toBe(1);
    expect(recovery.takeLastExit()).toBe('crashed');
    expect(recovery.takeLastExit()).toBe('normal');
  });

  it('reloads for every way a renderer can die (killed, out of memory)', () => {
    const { platform } = started();
    platform.simulate.pageGone('killed');
    platform.simulate.pageGone('oom');
    expect(platform.reloadCount).toBe(2);
  });

  it('reloads at most three times in a minute, then shows the stopped page and tells nobody it was reopened', () => {
    const { platform, recovery, wait } = started();
    for (let i = 0; i < 3; i += 1) {
      platform.simulate.pageGone();
      wait(10_000);
    }
    expect(platform.reloadCount).toBe(3);
    expect(platform.stoppedPageShown).toBe(false);
    platform.simulate.pageGone();
    expect(platform.reloadCount).toBe(3);
    expect(platform.stoppedPageShown).toBe(true);
    expect(recovery.takeLastExit()).toBe('normal');
  });

  it('counts only the last minute: crashes spread out keep being reopened', () => {
    const { platform, recovery, wait } = started();
    for (let i = 0; i < 6; i += 1) {
      platform.simulate.pageGone();
      wait(21_000);
    }
    expect(platform.reloadCount).toBe(6);
    expect(platform.stoppedPageShown).toBe(false);
    expect(recovery.takeLastExit()).toBe('crashed');
  });
});

describe('a page that stops responding', () => {
  it('asks the person, and reloads only when they choose to reopen', async () => {
    const { platform, recovery } = started();
    platform.confirmAnswers.push(false, true);
    platform.simulate.pageUnresponsive();
    await settle();
    expect(platform.confirmRequests).toHaveLength(1);
    expect(platform.confirmRequests[0]).toMatchObject({ confirmLabel: 'Reopen Hearth', cancelLabel: 'Wait' });
    expect(platform.reloadCount).toBe(0);
    platform.simulate.pageUnresponsive();
    await settle();
    expect(platform.reloadCount).toBe(1);
    expect(recovery.takeLastExit()).toBe('crashed');
  });

  it('asks one question at a time, however often the page hangs', async () => {
    const { platform } = started();
    platform.simulate.pageUnresponsive();
    platform.simulate.pageUnresponsive();
    await settle();
    expect(platform.confirmRequests).toHaveLength(1);
  });
});
