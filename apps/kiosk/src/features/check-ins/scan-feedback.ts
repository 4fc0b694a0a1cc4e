export type ScanFeedback = 'success' | 'refusal';

type Tone = { frequencyHz: number; startS: number; durationS: number };

// A rising major sixth says « welcome »; a falling fourth, lower, says « no » without alarming anyone.
const tones: Record<ScanFeedback, Tone[]> = {
  success: [
    { frequencyHz: 880, startS: 0, durationS: 0.11 },
    { frequencyHz: 1318.5, startS: 0.1, durationS: 0.2 },
  ],
  refusal: [
    { frequencyHz: 392, startS: 0, durationS: 0.16 },
    { frequencyHz: 293.7, startS: 0.17, durationS: 0.3 },
  ],
};

let audioContext: AudioContext | null = null;

/** Browsers start audio only after a touch or a key: call this from any such event. */
export function unlockScanFeedback(): void {
  if (typeof AudioContext === 'undefined') return;
  audioContext ??= new AudioContext();
  if (audioContext.state === 'suspended') void audioContext.resume().catch(() => undefined);
}

/** Two short notes (Web Audio, no sound file); silent until the page was touched once. */
export function playScanFeedback(kind: ScanFeedback): void {
  if (audioContext === null || audioContext.state !== 'running') return;
  const startAt = audioContext.currentTime + 0.01;
  for (const tone of tones[kind]) {
    const oscillator = audioContext.createOscillator();
    const gain = audioContext.createGain();
    oscillator.type = kind === 'success' ? 'sine' : 'triangle';
    oscillator.frequency.value = tone.frequencyHz;
    const begin = startAt + tone.startS;
    const end = begin + tone.durationS;
    // A quick fade in and out avoids clicks.
    gain.gain.setValueAtTime(0.0001, begin);
    gain.gain.exponentialRampToValueAtTime(0.3, begin + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, end);
    oscillator.connect(gain).connect(audioContext.destination);
    oscillator.start(begin);
    oscillator.stop(end + 0.02);
  }
}
