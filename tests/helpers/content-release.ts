/**
 * The release the build publishes (content/release.json), so tests follow the yearly update: its
 * version, and its date, which is the review date every curated date is bounded by.
 */
import { parseRelease } from '../../src/lib/model/release.ts';
import { contentText } from './seed.ts';

export const RELEASE = parseRelease(contentText('release.json'), 'content/release.json');

/** The last review of the outcomes: content/release.json's date. */
export const REVIEW_DATE = RELEASE.date;
