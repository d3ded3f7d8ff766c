import { describe, expect, it } from 'vitest';
import { loadStrengthEstimator } from './strengthEstimator';

describe('loadStrengthEstimator', () => {
  it('scores a common password low and a few unrelated words high', async () => {
    const estimate = await loadStrengthEstimator();
    expect(estimate('password1', []).score).toBeLessThanOrEqual(1);
    expect(estimate('amber lantern river quietly', []).score).toBeGreaterThanOrEqual(3);
  });

  it('notices a name from the journal', async () => {
    const estimate = await loadStrengthEstimator();
    expect(estimate('Ada', ['Ada', 'Bo']).warning).toBe('userInputs');
  });

  it('loads once', async () => {
    expect(await loadStrengthEstimator()).toBe(await loadStrengthEstimator());
  });
});
