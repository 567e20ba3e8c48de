/**
 * Writes the game's sounds to assets/audio/, synthesised here so they are our own and licence-clean.
 * Run with `npm run sounds`; the output is committed.
 *
 * - Short cues (select, consequence, debrief, reveal) as 16-bit WAV, which every browser plays.
 * - The reveal sting and a quiet room tone per place as Ogg Opus: Chromium's own Opus encoder
 *   (WebCodecs, through Playwright) compresses them, and this file puts the packets in an Ogg stream.
 *   The room tones are seamless loops: every part of them repeats a whole number of times per loop.
 *
 * Everything is computed from a fixed seed, so a run writes the same sounds again.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright';

const out = join(import.meta.dirname, '..', 'assets', 'audio');

// ---------------------------------------------------------------------------------------------
// Cues: soft sine notes with a quick attack and an exponential decay, at 22 050 Hz.

const CUE_RATE = 22050;
const note = (freq, start, length, gain = 0.3) => ({ freq, start, length, gain });

const render = (notes, seconds, rate = CUE_RATE) => {
  const samples = new Float32Array(Math.ceil(seconds * rate));
  for (const n of notes) {
    const from = Math.floor(n.start * rate);
    const count = Math.floor(n.length * rate);
    for (let i = 0; i < count && from + i < samples.length; i++) {
      const t = i / rate;
      const attack = Math.min(1, t / 0.008);
      const decay = Math.exp((-4 * t) / n.length);
      const tone = Math.sin(2 * Math.PI * n.freq * t) + 0.25 * Math.sin(4 * Math.PI * n.freq * t);
      samples[from + i] += n.gain * attack * decay * tone;
    }
  }
  return samples;
};

const wav = (samples, rate = CUE_RATE) => {
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
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
};

/** The reveal: a rising three-note figure that lands on a soft chord. One short moment, not a fanfare. */
const revealNotes = [
  note(392.0, 0, 0.18, 0.22),
  note(523.25, 0.09, 0.2, 0.22),
  note(659.25, 0.18, 0.6, 0.2),
  note(783.99, 0.18, 0.6, 0.14),
  note(1046.5, 0.18, 0.55, 0.08),
];

const cues = {
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
  reveal: render(revealNotes, 0.8),
};

// ---------------------------------------------------------------------------------------------
// Room tones: 48 kHz (Opus's own rate), LOOP seconds each, built from noise filtered in a circle.

const RATE = 48000;
const LOOP = 6;
const N = RATE * LOOP;

/** A small seeded generator (mulberry32): the same noise on every run. */
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * White noise through a one-pole low-pass (and optionally a high-pass), run over the loop twice so
 * the filter's state at the start equals its state at the end: the loop has no seam.
 */
const filteredNoise = (seed, lowHz, highHz = 0) => {
  const next = random(seed);
  const white = Float32Array.from({ length: N }, () => next() * 2 - 1);
  const a = Math.exp((-2 * Math.PI * lowHz) / RATE);
  const b = highHz > 0 ? Math.exp((-2 * Math.PI * highHz) / RATE) : 0;
  const outBuf = new Float32Array(N);
  let low = 0;
  let slow = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < N; i++) {
      low = a * low + (1 - a) * white[i];
      slow = b * slow + (1 - b) * low;
      if (pass === 1) outBuf[i] = highHz > 0 ? low - slow : low;
    }
  }
  return normalise(outBuf, 1);
};

const normalise = (samples, peak) => {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  if (max > 0) for (let i = 0; i < samples.length; i++) samples[i] *= peak / max;
  return samples;
};

/** A slow swell that repeats `times` per loop, between `floor` and 1. */
const swell = (i, times, floor, phase = 0) =>
  floor + (1 - floor) * (0.5 + 0.5 * Math.sin((2 * Math.PI * times * i) / N + phase));

/** A sine whose frequency fits a whole number of cycles in the loop. */
const hum = (i, hz) => Math.sin((2 * Math.PI * Math.round(hz * LOOP) * i) / N);

/** Short soft ticks (a keyboard, cups) at fixed moments in the loop, each a decaying high tone. */
const ticks = (times, hz, length, gain) => {
  const samples = new Float32Array(N);
  const count = Math.floor(length * RATE);
  for (const at of times) {
    const from = Math.floor(at * RATE);
    for (let j = 0; j < count; j++) {
      const t = j / RATE;
      samples[(from + j) % N] += gain * Math.exp((-6 * t) / length) * Math.sin(2 * Math.PI * hz * t);
    }
  }
  return samples;
};

const mix = (parts) => {
  const samples = new Float32Array(N);
  for (let i = 0; i < N; i++) samples[i] = parts.reduce((sum, part) => sum + part(i), 0);
  return normalise(samples, 0.5);
};

const ambience = () => {
  const air = filteredNoise(11, 400);
  const murmur = filteredNoise(23, 900, 250);
  const hall = filteredNoise(37, 600, 150);
  const warm = filteredNoise(41, 1200, 300);
  const keys = ticks([0.7, 0.82, 0.95, 1.1, 3.4, 3.5, 3.66, 5.1], 2400, 0.03, 0.08);
  const cups = ticks([1.9, 4.6], 3100, 0.25, 0.12);
  return {
    // Office: ventilation, a faint mains hum, a keyboard somewhere.
    kantoor: mix([(i) => 0.8 * air[i] * swell(i, 1, 0.85), (i) => 0.05 * hum(i, 100), (i) => keys[i]]),
    // Meeting room: quieter air, a murmur behind the door.
    vergaderzaal: mix([(i) => 0.6 * air[i], (i) => 0.25 * murmur[i] * swell(i, 2, 0.3)]),
    // Council chamber: a large room, voices far away that rise and fall.
    raadszaal: mix([(i) => 0.5 * hall[i], (i) => 0.45 * murmur[i] * swell(i, 3, 0.4, 1)]),
    // Community centre: warmer chatter and a cup now and then.
    buurthuis: mix([(i) => 0.4 * air[i], (i) => 0.5 * warm[i] * swell(i, 2, 0.5, 2), (i) => cups[i]]),
  };
};

const resample = (samples, from, to) => {
  const length = Math.round((samples.length * to) / from);
  return Float32Array.from({ length }, (_, i) => {
    const x = (i * from) / to;
    const k = Math.floor(x);
    const f = x - k;
    return (samples[k] ?? 0) * (1 - f) + (samples[k + 1] ?? 0) * f;
  });
};

// ---------------------------------------------------------------------------------------------
// Ogg Opus: packets from Chromium's encoder, pages written here (RFC 3533, RFC 7845).

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n << 24;
  for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
  return c >>> 0;
});
const crc = (bytes) => {
  let c = 0;
  for (const byte of bytes) c = ((c << 8) ^ CRC_TABLE[((c >>> 24) ^ byte) & 0xff]) >>> 0;
  return c;
};

const page = (packets, { granule, serial, sequence, bos = false, eos = false }) => {
  const lacing = [];
  for (const packet of packets) {
    let left = packet.length;
    while (left >= 255) {
      lacing.push(255);
      left -= 255;
    }
    lacing.push(left);
  }
  const header = Buffer.alloc(27 + lacing.length);
  header.write('OggS', 0);
  header[5] = (bos ? 2 : 0) | (eos ? 4 : 0);
  header.writeBigInt64LE(BigInt(granule), 6);
  header.writeUInt32LE(serial, 14);
  header.writeUInt32LE(sequence, 18);
  header[26] = lacing.length;
  Buffer.from(lacing).copy(header, 27);
  const bytes = Buffer.concat([header, ...packets]);
  bytes.writeUInt32LE(crc(bytes), 22);
  return bytes;
};

const opusTags = () => {
  const vendor = Buffer.from('de-open-ambtenaar make-sounds');
  const tags = Buffer.alloc(8 + 4 + vendor.length + 4);
  tags.write('OpusTags', 0);
  tags.writeUInt32LE(vendor.length, 8);
  vendor.copy(tags, 12);
  tags.writeUInt32LE(0, 12 + vendor.length);
  return tags;
};

/** An Ogg Opus file from the encoder's identification header and 20 ms packets of `length` samples. */
const ogg = (head, packets, length) => {
  const serial = 0x0a3b7e11;
  const preSkip = head.readUInt16LE(10);
  const pages = [
    page([head], { granule: 0, serial, sequence: 0, bos: true }),
    page([opusTags()], { granule: 0, serial, sequence: 1 }),
  ];
  const perPage = 50;
  for (let p = 0; p * perPage < packets.length; p++) {
    const group = packets.slice(p * perPage, (p + 1) * perPage);
    const last = (p + 1) * perPage >= packets.length;
    // A page's granule position counts every decoded sample so far, the pre-skip included; the last
    // one's trims the encoder's padding, so the decoded loop is exactly as long as the one made.
    const granule = last ? preSkip + length : (p * perPage + group.length) * 960;
    pages.push(page(group, { granule, serial, sequence: p + 2, eos: last }));
  }
  return Buffer.concat(pages);
};

/** Encodes mono 48 kHz samples with Chromium's Opus encoder; checks the result decodes to the same length. */
const encodeAll = async (sounds, bitrates) => {
  const server = http
    .createServer((_req, res) => res.end('<!doctype html><title>sounds</title>'))
    .listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  // The system's Chromium where there is one (as the tests use), else Playwright's own.
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox'],
  });
  try {
    const tab = await browser.newPage();
    // WebCodecs needs a secure context: a page from 127.0.0.1 is one.
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const files = {};
    for (const [name, samples] of Object.entries(sounds)) {
      const encoded = await tab.evaluate(
        async ({ data, bitrate }) => {
          const pcm = Float32Array.from(data);
          const packets = [];
          let head;
          const encoder = new AudioEncoder({
            output: (chunk, meta) => {
              const bytes = new Uint8Array(chunk.byteLength);
              chunk.copyTo(bytes);
              packets.push([...bytes]);
              if (meta?.decoderConfig?.description && !head)
                head = [...new Uint8Array(meta.decoderConfig.description)];
            },
            error: (e) => {
              throw e;
            },
          });
          encoder.configure({
            codec: 'opus',
            sampleRate: 48000,
            numberOfChannels: 1,
            bitrate,
            opus: { format: 'opus', frameDuration: 20000, complexity: 10 },
          });
          encoder.encode(
            new AudioData({
              format: 'f32',
              sampleRate: 48000,
              numberOfFrames: pcm.length,
              numberOfChannels: 1,
              timestamp: 0,
              data: pcm,
            }),
          );
          await encoder.flush();
          return { head, packets };
        },
        { data: [...samples], bitrate: bitrates[name] },
      );
      const file = ogg(
        Buffer.from(encoded.head),
        encoded.packets.map((p) => Buffer.from(p)),
        samples.length,
      );
      const decoded = await tab.evaluate(
        async (bytes) => {
          const context = new OfflineAudioContext(1, 48000, 48000);
          const buffer = await context.decodeAudioData(new Uint8Array(bytes).buffer);
          const d = buffer.getChannelData(0);
          let largest = 0;
          for (let i = 1; i < d.length; i++) largest = Math.max(largest, Math.abs(d[i] - d[i - 1]));
          return { length: buffer.length, seam: Math.abs(d[0] - d[d.length - 1]), largest };
        },
        [...file],
      );
      if (decoded.length !== samples.length)
        console.warn(`${name}.ogg decodes to ${decoded.length} samples, not ${samples.length}`);
      // A loop's wrap should be no bigger a step than the steps within it, or it clicks.
      else if (name in bitrates && name !== 'reveal' && decoded.seam > decoded.largest)
        console.warn(`${name}.ogg: the loop's seam (${decoded.seam.toFixed(3)}) may click`);
      else
        console.log(`${name}: seam ${decoded.seam.toFixed(4)}, largest step ${decoded.largest.toFixed(4)}`);
      files[name] = file;
    }
    return files;
  } finally {
    await browser.close();
    server.close();
  }
};

mkdirSync(out, { recursive: true });
for (const [name, samples] of Object.entries(cues)) {
  writeFileSync(join(out, `${name}.wav`), wav(samples));
  console.log(`assets/audio/${name}.wav`);
}
const rooms = ambience();
const compressed = await encodeAll(
  { ...rooms, reveal: resample(cues.reveal, CUE_RATE, RATE) },
  { kantoor: 20000, vergaderzaal: 20000, raadszaal: 20000, buurthuis: 20000, reveal: 32000 },
);
for (const [name, bytes] of Object.entries(compressed)) {
  const file = name === 'reveal' ? 'reveal.ogg' : `room-${name}.ogg`;
  writeFileSync(join(out, file), bytes);
  console.log(`assets/audio/${file} (${(bytes.length / 1024).toFixed(1)} KiB)`);
}
