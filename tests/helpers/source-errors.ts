/** The SourceError a function throws; fails the test if it throws nothing or something else. */
import { SourceError } from '../../src/lib/model/errors.ts';

/** The SourceError a promise rejects with (any other outcome fails the test). */
export async function rejected(p: Promise<unknown>): Promise<SourceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

export function thrown(f: () => unknown): SourceError {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}
