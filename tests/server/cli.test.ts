import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { lanAddress, parseArgs } from '../../server/main.ts';

const T = 10_000;

describe('room server command line', () => {
  it(
    'listens on loopback port 4173 unless told otherwise',
    () => {
      expect(parseArgs([])).toEqual({ lan: false, port: 4173, idleMinutes: 120, maxAgeHours: 12 });
      expect(parseArgs(['--lan', '--port', '8080', '--idle-minutes', '30', '--max-age-hours', '4'])).toEqual({
        lan: true,
        port: 8080,
        idleMinutes: 30,
        maxAgeHours: 4,
      });
    },
    T,
  );

  it.each([
    ['--port'],
    ['--port', '0'],
    ['--port', '65536'],
    ['--port', '80x'],
    ['--idle-minutes', '-1'],
    ['--verbose'],
  ])(
    'says what is wrong with %s',
    (...args) => {
      const message = parseArgs(args);
      expect(typeof message).toBe('string');
      expect(message).toContain('Usage: npm start --');
    },
    T,
  );

  it(
    'finds a LAN address that is IPv4 and not loopback, if there is one, and draws its QR code locally',
    async () => {
      const address = lanAddress();
      if (address !== undefined) {
        expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        expect(address.startsWith('127.')).toBe(false);
      }
      const qr = await QRCode.toString('http://192.168.1.20:4173/', { type: 'terminal', small: true });
      expect(qr.split('\n').length).toBeGreaterThan(10);
    },
    T,
  );
});
