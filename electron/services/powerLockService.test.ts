import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { startPowerLockService } from './powerLockService';

function started() {
  const platform = new RecordingPlatform();
  startPowerLockService(platform);
  return platform;
}

describe('locking with the computer', () => {
  it('asks the page to lock when the computer sleeps', () => {
    const platform = started();
    platform.simulate.suspend();
    expect(platform.sentEvents).toEqual([{ event: 'session:didRequestLock', payload: { reason: 'suspend' } }]);
  });

  it('asks the page to lock when the screen locks', () => {
    const platform = started();
    platform.simulate.lockScreen();
    expect(platform.sentEvents).toEqual([{ event: 'session:didRequestLock', payload: { reason: 'lock-screen' } }]);
  });

  it('does not unlock or send anything when the computer wakes', () => {
    const platform = started();
    platform.simulate.resume();
    expect(platform.sentEvents).toEqual([]);
  });
});
