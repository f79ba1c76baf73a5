/**
 * The telephone number a received value carries, before E.164 parsing: the number of a `tel:`
 * URI (RFC 3966) or the user part of a `sip:`/`sips:` URI (RFC 3261), also inside a name-addr
 * (`"Bob" <sip:+33123456789@host>;tag=1`), or the value itself; without its extension
 * (`;ext=1234`, ` ext. 1234`, `x1234`, `#1234`) or ISDN subaddress, which E.164 has no place for.
 */
export interface NumberPart {
  /** The number as written, separators kept: `+33-1-23-45-67-89`, `0123456789`. */
  number: string;
  /**
   * The global digits of a `phone-context` (`+33`), which a local number is dialled within. A
   * domain context (`example.com`) names no country: it is dropped and the default region applies.
   */
  context: string | null;
}

/** A name-addr: an optional display name (quoted or not), then the URI between angle brackets. */
const NAME_ADDR = /^(?:"(?:[^"\\]|\\.)*"|[^"<>]*)\s*<([^<>]*)>\s*(?:;[^<>]*)?$/s;
const SCHEME = /^(tel|sips?):/i;
/** An extension written after the number, with a label, as dialled or as RFC 3966 writes it. */
const EXTENSION = /(?:\s{0,3};\s{0,3}ext=|[\s,]{0,3}(?:ext(?:ension)?\.?|x|#)[\s:.]{0,3})\d{1,20}#?$/i;
/** RFC 3966 visual separators, removed from a global phone-context. */
const VISUAL = /[-.()]/g;
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?$/i;

/** The number part of `text` (trimmed, NFKC-normalized), or null when it carries no number. */
export function numberPart(text: string): NumberPart | null {
  let value = text;
  if (value.includes('<')) {
    const inner = NAME_ADDR.exec(value)?.[1];
    if (inner === undefined) return null;
    value = inner.trim();
  }
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return { number: withoutExtension(value), context: null };
  const rest = value.slice(scheme.length + 1);
  const subscriber = scheme === 'tel' ? rest : sipUser(rest);
  return subscriber === null ? null : telephoneSubscriber(subscriber);
}

/**
 * The user part of a SIP URI's remainder (`+33123456789;user=phone` has none, `user@host` does),
 * percent-decoded, password dropped. Without a user part a global number (`sip:+33123456789`)
 * is read as one: a host never starts with "+".
 */
function sipUser(rest: string): string | null {
  const at = rest.indexOf('@');
  if (at !== rest.lastIndexOf('@')) return null;
  let user: string;
  if (at >= 0) user = rest.slice(0, at);
  else if (rest.startsWith('+')) user = rest.split(/[;?]/, 1)[0] ?? '';
  else return null;
  const password = user.indexOf(':');
  if (password >= 0) user = user.slice(0, password);
  try {
    return decodeURIComponent(user);
  } catch {
    return null;
  }
}

/** `number;param=value;...`: keeps the number and a phone-context, drops ext, isub and others. */
function telephoneSubscriber(subscriber: string): NumberPart | null {
  const [head = '', ...params] = subscriber.split(';');
  const number = withoutExtension(head.trim());
  let context: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = (eq >= 0 ? param.slice(0, eq) : param).trim().toLowerCase();
    if (name !== 'phone-context') continue;
    const value = eq >= 0 ? param.slice(eq + 1).trim() : '';
    if (value.startsWith('+')) {
      const digits = value.replace(VISUAL, '');
      if (!/^\+\d{1,15}$/.test(digits)) return null;
      context = digits;
    } else if (!DOMAIN.test(value)) return null;
  }
  // A global number needs no context (RFC 3966 forbids one; some senders add it anyway).
  return { number, context: number.startsWith('+') ? null : context };
}

function withoutExtension(number: string): string {
  const start = number.search(EXTENSION);
  return start > 0 ? number.slice(0, start) : number;
}
