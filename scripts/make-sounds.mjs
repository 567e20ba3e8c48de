/**
 * Writes the game's few short sounds to assets/audio/ as WAV files, synthesised here so they are
 * our own and licence-clean. Run with `npm run sounds`; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RATE = 22050;
const out = join(import.meta.dirname, '..', 'assets', 'audio');

/** A soft sine note with a quick attack and an exponential decay. */
const note = (freq, start, length, gain = 0.3) => ({ freq, start, length, gain });

const render = (notes, seconds) => {
  const samples = new Float32Array(Math.ceil(seconds * RATE));
  for (const n of notes) {
    const from = Math.floor(n.start * RATE);
    const count = Math.floor(n.length * RATE);
    for (let i = 0; i < count && from + i < samples.length; i++) {
      const t = i / RATE;
      const attack = Math.min(1, t / 0.008);
      const decay = Math.exp((-4 * t) / n.length);
      const tone = Math.sin(2 * Math.PI * n.freq * t) + 0.25 * Math.sin(4 * Math.PI * n.freq * t);
      samples[from + i] += n.gain * attack * decay * tone;
    }
  }
  return samples;
};

const wav = (samples) => {
  const data = Buffer.alloc(samples.length * 2);
  for (const [i, s] of samples.entries())
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
};

const sounds = {
  select: render([note(880, 0, 0.09, 0.25)], 0.1),
  consequence: render([note(523.25, 0, 0.22), note(659.25, 0.11, 0.3)], 0.42),
  debrief: render(
    [
      note(523.25, 0, 0.35),
      note(659.25, 0.12, 0.35),
      note(783.99, 0.24, 0.4),
      note(1046.5, 0.36, 0.55, 0.22),
    ],
    0.95,
  ),
};

mkdirSync(out, { recursive: true });
for (const [name, samples] of Object.entries(sounds)) {
  writeFileSync(join(out, `${name}.wav`), wav(samples));
  console.log(`assets/audio/${name}.wav`);
}
