import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildZip } from '../../../../src/lib/publish/catalogue/zip.ts';
import { readZip } from '../../../helpers/unzip.ts';

const entries = [
  { path: 'b.csv', content: 'id\r\n1\r\n' },
  { path: 'a.json', content: '[]\n' },
  { path: 'c.bin', content: new Uint8Array([0, 1, 2, 255]) },
];
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const tz = process.env.TZ;

afterEach(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

/** The DOS date and time of the first local file header. */
function firstEntryTime(zip: Uint8Array): { y: number; m: number; d: number; h: number } {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  return { y: (date >> 9) + 1980, m: (date >> 5) & 15, d: date & 31, h: time >> 11 };
}

describe('buildZip', () => {
  it('holds exactly the entries, under the root folder, sorted by name', () => {
    const zip = readZip(buildZip(entries, '2026-11-26', 'root'));
    expect([...zip.keys()]).toEqual(['root/a.json', 'root/b.csv', 'root/c.bin']);
    expect(new TextDecoder().decode(zip.get('root/b.csv'))).toBe('id\r\n1\r\n');
    expect([...zip.get('root/c.bin')!]).toEqual([0, 1, 2, 255]);
  });

  it('is byte-identical from build to build, in any order and any time zone', () => {
    const a = buildZip(entries, '2026-11-26', 'root');
    const b = buildZip([...entries].reverse(), '2026-11-26', 'root');
    process.env.TZ = 'America/New_York';
    const c = buildZip(entries, '2026-11-26', 'root');
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const d = buildZip(entries, '2026-11-26', 'root');
    expect(sha(b)).toBe(sha(a));
    expect(sha(c)).toBe(sha(a));
    expect(sha(d)).toBe(sha(a));
  });

  it('dates every entry on the release day, never the clock', () => {
    expect(firstEntryTime(buildZip(entries, '2026-11-26', 'root'))).toEqual({ y: 2026, m: 11, d: 26, h: 12 });
    expect(sha(buildZip(entries, '2027-01-02', 'root'))).not.toBe(sha(buildZip(entries, '2026-11-26', 'root')));
  });

  it('refuses two entries with one name', () => {
    expect(() => buildZip([...entries, { path: 'a.json', content: '' }], '2026-11-26', 'root')).toThrow(/duplicate zip entry a\.json/);
  });
});
