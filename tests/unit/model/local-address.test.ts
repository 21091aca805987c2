/** A build whose public address is the local one says so on every page (components/LocalPreviewNote.astro). */
import { describe, expect, it } from 'vitest';
import { isLocalAddress, LOCAL_ORIGIN } from '../../../src/lib/model/local-address.ts';
import { resolveSiteAddress } from '../../../src/lib/pipeline/site-address.ts';

describe('a local address', () => {
  it('is the one a build without SITE_URL uses, with or without a base path', () => {
    expect(isLocalAddress(resolveSiteAddress({}).siteUrl)).toBe(true);
    expect(isLocalAddress(resolveSiteAddress({ BASE_PATH: '/chuyen-doi-so/' }).siteUrl)).toBe(true);
    expect(isLocalAddress(`${LOCAL_ORIGIN}/`)).toBe(true);
  });

  it('is not a portal address, nor one that merely begins like the local origin', () => {
    expect(isLocalAddress(resolveSiteAddress({ SITE_URL: 'https://dongthap.gov.vn/chuyen-doi-so/' }).siteUrl)).toBe(false);
    expect(isLocalAddress('http://localhost:43210/')).toBe(false);
    expect(isLocalAddress('http://localhost:4321.example.vn/')).toBe(false);
  });
});
