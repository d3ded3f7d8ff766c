/**
 * A soft two-note chime, made on the spot with the Web Audio API (no sound file, nothing fetched). Quiet
 * and short: a hand on the shoulder, not an alarm. Off unless the couple turns it on.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Call from the gesture that turns the sound on, so the browser lets it play later without one. */
export function primeChime(): void {
  void audio()?.resume().catch(() => undefined);
}

export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  void ctx.resume().catch(() => undefined);
  const start = ctx.currentTime + 0.05;
  note(ctx, 523.25, start); // C5
  note(ctx, 659.25, start + 0.35); // E5
}

function note(ctx: AudioContext, frequency: number, at: number): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.12, at + 0.06);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.8);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + 1.9);
}
