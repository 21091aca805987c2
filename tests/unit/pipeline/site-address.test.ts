import { describe, expect, it } from 'vitest';
import { localAddressNotice, normaliseBasePath, resolveSiteAddress } from '../../../src/lib/pipeline/site-address.ts';

describe('resolveSiteAddress: SITE_URL is the one setting', () => {
  it('takes the base path from the path of SITE_URL, with one final slash', () => {
    expect(resolveSiteAddress({ SITE_URL: 'https://dongthap.gov.vn/chuyen-doi-so' })).toEqual({
      siteUrl: 'https://dongthap.gov.vn/chuyen-doi-so/',
      basePath: '/chuyen-doi-so/',
      local: false,
    });
    expect(resolveSiteAddress({ SITE_URL: ' https://data.example.vn// ' })).toEqual({
      siteUrl: 'https://data.example.vn/',
      basePath: '/',
      local: false,
    });
  });

  it('accepts a BASE_PATH that agrees and stops on one that contradicts, naming both', () => {
    expect(resolveSiteAddress({ SITE_URL: 'https://x.vn/a/b/', BASE_PATH: 'a/b' }).basePath).toBe('/a/b/');
    expect(() => resolveSiteAddress({ SITE_URL: 'https://x.vn/a/', BASE_PATH: '/b/' })).toThrow(
      'BASE_PATH:1: expected the path of SITE_URL (/a/) or no BASE_PATH at all: the base path comes from SITE_URL, found "/b/"',
    );
    expect(() => resolveSiteAddress({ SITE_URL: 'https://x.vn/a/', BASE_PATH: '/' })).toThrow(/BASE_PATH:1/);
  });

  it('without SITE_URL, is local (where `npm run preview` serves) and keeps a BASE_PATH for trying a subdirectory', () => {
    expect(resolveSiteAddress({})).toEqual({ siteUrl: 'http://localhost:4321/', basePath: '/', local: true });
    expect(resolveSiteAddress({ SITE_URL: '  ', BASE_PATH: '/chuyen-doi-so' })).toEqual({
      siteUrl: 'http://localhost:4321/chuyen-doi-so/',
      basePath: '/chuyen-doi-so/',
      local: true,
    });
    expect(localAddressNotice(resolveSiteAddress({}))).toMatch(
      /local address http:\/\/localhost:4321\/; a build for the portal sets SITE_URL/,
    );
  });

  it('refuses what cannot be a public address', () => {
    expect(() => resolveSiteAddress({ SITE_URL: 'dongthap.gov.vn/chuyen-doi-so' })).toThrow(
      /SITE_URL:1: expected an absolute http\(s\) URL/,
    );
    expect(() => resolveSiteAddress({ SITE_URL: 'ftp://x.vn/' })).toThrow(/without query, fragment or credentials/);
    expect(() => resolveSiteAddress({ SITE_URL: 'https://x.vn/?a=1' })).toThrow(/without query/);
    expect(() => resolveSiteAddress({ SITE_URL: 'https://u:p@x.vn/' })).toThrow(/credentials/);
  });

  it('normalises base paths', () => {
    expect(['', '/', '//', 'cds', '/cds', 'cds/', '/a/b//'].map(normaliseBasePath)).toEqual([
      '/',
      '/',
      '/',
      '/cds/',
      '/cds/',
      '/cds/',
      '/a/b/',
    ]);
  });
});
