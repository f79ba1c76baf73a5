import { describe, expect, it } from 'vitest';
import { checkQueueName } from './job-queue-options.js';

describe('checkQueueName', () => {
  it('defaults to "callbridge" and refuses a name with a colon', () => {
    expect(checkQueueName(undefined)).toBe('callbridge');
    expect(checkQueueName('crm')).toBe('crm');
    expect(() => checkQueueName('a:b')).toThrow(/queue names cannot contain ":" \(got "a:b"\)/);
  });
});
