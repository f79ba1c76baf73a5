/** Throws when `condition` is false (the suites run under any test runner). */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Conformance: ${message}`);
}

/** Deep equality through JSON, with both values in the message. */
export function assertEqual(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`Conformance: ${message}: expected ${e}, got ${a}`);
}

/** Polls `probe` until it returns true, or throws after `timeoutMs`. */
export async function eventually(probe: () => boolean, message: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`Conformance: ${message} (waited ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Reads a problem+json response and checks its status, code and media type. */
export async function expectProblem(
  response: Response,
  status: number,
  code: string,
): Promise<Record<string, unknown>> {
  const text = await response.text();
  assertEqual(response.status, status, `status of a ${code} problem (body ${text.slice(0, 200)})`);
  assert(
    (response.headers.get('content-type') ?? '').startsWith('application/problem+json'),
    `a ${status} is application/problem+json, got ${response.headers.get('content-type')}`,
  );
  const body = JSON.parse(text) as Record<string, unknown>;
  assertEqual(body.code, code, 'problem code');
  assertEqual(body.status, status, 'problem status field');
  assert(typeof body.type === 'string' && typeof body.title === 'string', 'problem has type and title');
  assert(typeof body.detail === 'string' && body.detail.length > 0, 'problem has a detail');
  return body;
}
