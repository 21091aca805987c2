/** The SourceError a function throws; fails the test if it throws nothing or something else. */
import { SourceError } from '../../src/lib/errors.ts';

export function thrown(f: () => unknown): SourceError {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}
