/** The one SHA-256 helper: hex for file checksums (manifest, SHA256SUMS), base64 for CSP sources. */
import { createHash } from 'node:crypto';

export const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

export const sha256Base64 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
