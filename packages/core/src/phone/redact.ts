/**
 * Hides all but the last two digits of a phone number for logs: "+32470123456" → "+32*******56".
 * Keeps a leading "+" and country-code-sized prefix of up to 2 digits. Non-strings become "[none]".
 */
export function redactPhone(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '[none]';
  const text = String(value);
  const digits = text.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  const plus = text.trim().startsWith('+') ? '+' : '';
  const head = digits.slice(0, 2);
  const tail = digits.slice(-2);
  return `${plus}${head}${'*'.repeat(digits.length - 4)}${tail}`;
}
