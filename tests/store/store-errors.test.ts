import { expect, test } from 'vitest';
import { describeStoreError } from '../../lib/store/db';

test.each([
  [
    'a quota error inside a transaction abort',
    { name: 'AbortError', inner: { name: 'QuotaExceededError' } },
    /no storage space left/,
  ],
  ['a plain quota error', { name: 'QuotaExceededError' }, /nothing was saved/],
  ['a closed database', { name: 'DatabaseClosedError' }, /database was closed/],
  ['anything else', new Error('boom'), /^Saving failed: boom\. Nothing was changed\.$/],
])('%s becomes a sentence a person can act on', (_name, error, message) => {
  expect(describeStoreError(error)).toMatch(message);
});
