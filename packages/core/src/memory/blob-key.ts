import { CallbridgeError } from '../errors.js';

/**
 * Checks that a blob key is a safe relative path: '/'-separated segments, none empty, '.' or
 * '..', no backslash, no NUL, not absolute. Every blob store of callbridge accepts exactly these.
 * @throws CallbridgeError `configuration_error` otherwise.
 */
export function assertBlobKey(key: string): void {
  const segments = key.split('/');
  const safe =
    key.length > 0 &&
    key.length <= 1024 &&
    !/[\\\0]/.test(key) &&
    !/^[A-Za-z]:/.test(key) &&
    segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
  if (!safe) {
    throw new CallbridgeError('configuration_error', 'The blob key is not a safe relative key.', {
      hint: "Use '/'-separated segments of letters, digits, '-', '_' or '.', without '..', a leading '/' or a backslash.",
    });
  }
}
