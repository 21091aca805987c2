/** The entries of an archive: path → bytes, in archive order (tests read the published zips with it). */
import { unzipSync } from 'fflate';

export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)));
}
