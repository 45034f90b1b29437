/** A soft two-note chime, generated with Web Audio (no sound files); used only when switched on. */
export const playChime = (rising: boolean): void => {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  const notes = rising ? [523.25, 659.25] : [659.25, 523.25];
  notes.forEach((frequency, index) => {
    const start = audio.currentTime + index * 0.35;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.08, start + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.2);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + 1.3);
  });
  window.setTimeout(() => void audio.close(), 2500);
};
