import { CallbridgeError, isCallbridgeError, type Logger } from '@callbridge/core';
import { parseAnswer } from '../client/answer.js';
import type { RingCentralClient } from '../client/platform-client.js';
import { CallLogPageSchema } from './schema.js';

/** One parsed call-log page. */
export type CallLogPage = ReturnType<typeof CallLogPageSchema.parse>;

/** A page to ask for: the call-log path with its query, or an absolute `navigation` link. */
export interface PageRef {
  url: string;
  query?: Record<string, string | number | boolean>;
}

/**
 * The page sizes a page too large to read is asked for again in, each one dividing the one
 * before (so a page's records are exactly the smaller pages' records). Down to one record.
 */
const SMALLER_PAGE_SIZES = [500, 250, 125, 25, 5, 1];

/**
 * Most requests one pass spends reading too-large pages again in smaller ones (one record too
 * large in a page of 1000 costs 21). Past it, a too-large page is skipped at whatever size it is:
 * an answer limit far too low for the account must not turn each poll into hundreds of Heavy calls.
 */
export const SPLIT_REQUEST_BUDGET = 40;

/** True for the error of an answer larger than the client reads (`maxResponseBytes`). */
export function isResponseTooLarge(error: unknown): boolean {
  return (
    isCallbridgeError(error) && error.code === 'upstream_error' && typeof error.details?.limit === 'number'
  );
}

/** The `page` and `perPage` a request asks for, or null when a link does not say its size. */
function pagingOf(ref: PageRef): { page: number; perPage: number } | null {
  const params = ref.query ? null : new URL(ref.url).searchParams;
  const read = (name: string) => (ref.query ? ref.query[name] : params?.get(name));
  const page = Number(read('page') ?? 1);
  const perPage = Number(read('perPage'));
  const whole = (n: number) => Number.isInteger(n) && n >= 1;
  return whole(page) && whole(perPage) ? { page, perPage } : null;
}

/** The same request for another page and page size. */
function withPaging(ref: PageRef, page: number, perPage: number): PageRef {
  if (ref.query) return { url: ref.url, query: { ...ref.query, perPage, page } };
  const url = new URL(ref.url);
  url.searchParams.set('perPage', String(perPage));
  url.searchParams.set('page', String(page));
  return { url: url.href };
}

/** What reading one page (or the smaller pages it was split into) gave. */
interface Region {
  /** The link to go on with, or null when the call log ends there. */
  next: PageRef | null;
}

/**
 * Reads a call-log pass page by page, following `navigation.nextPage`. A page whose answer is
 * larger than the client reads is asked for again as smaller pages over the same records
 * ({@link SMALLER_PAGE_SIZES}); one still too large at a single record (or once the pass spent
 * {@link SPLIT_REQUEST_BUDGET}) is skipped: logged as an error naming it, counted in
 * `unreadPages`, and the pass goes on after it. Its records stay out of the checkpoint, so the
 * next polls try them again while they are in the look-back window.
 */
export class CallLogPages {
  /** Pages skipped because they stayed too large. */
  unreadPages = 0;
  /** Pages read. */
  pages = 0;
  private budget = SPLIT_REQUEST_BUDGET;
  private readonly visited = new Set<string>();

  constructor(
    private readonly client: RingCentralClient,
    private readonly logger: Logger,
    private readonly window: { dateFrom: string; dateTo: string },
  ) {}

  /** Every page from `first` to the end of the call log, each handed to `onPage` in order. */
  async readAll(first: PageRef, onPage: (page: CallLogPage) => Promise<void>): Promise<void> {
    let ref: PageRef | null = first;
    while (ref) ref = (await this.region(ref, onPage, false)).next;
  }

  private async region(
    ref: PageRef,
    onPage: (page: CallLogPage) => Promise<void>,
    split: boolean,
  ): Promise<Region> {
    let page: CallLogPage;
    try {
      page = await this.fetch(ref, split);
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      return this.tooLarge(ref, error as CallbridgeError, onPage);
    }
    this.pages += 1;
    await onPage(page);
    const uri = page.navigation?.nextPage?.uri ?? null;
    if (uri === null) return { next: null };
    // A page that links back to one already read would loop for ever (a broken answer).
    if (this.visited.has(uri)) {
      throw new CallbridgeError(
        'upstream_error',
        `RingCentral's call log links back to a page it already sent (page ${this.pages + 1}).`,
        { hint: 'The call-log answer is inconsistent; the poll is retried later.' },
      );
    }
    this.visited.add(uri);
    return { next: { url: uri } };
  }

  /** A page too large to read: its records as smaller pages, else skipped; then the page after it. */
  private async tooLarge(
    ref: PageRef,
    error: CallbridgeError,
    onPage: (page: CallLogPage) => Promise<void>,
  ): Promise<Region> {
    const paging = pagingOf(ref);
    if (paging === null) {
      // A link that does not say its page and size: neither it nor what follows can be named.
      this.skip(null, error);
      return { next: null };
    }
    const { page, perPage } = paging;
    const after = withPaging(ref, page + 1, perPage);
    const smaller = SMALLER_PAGE_SIZES.find((size) => size < perPage && perPage % size === 0);
    const parts = smaller === undefined ? 0 : perPage / smaller;
    if (smaller === undefined || this.budget < parts) {
      this.skip(paging, error);
      return { next: after };
    }
    this.budget -= parts;
    const firstPart = ((page - 1) * perPage) / smaller + 1;
    for (let i = 0; i < parts; i++) {
      const part = await this.region(withPaging(ref, firstPart + i, smaller), onPage, true);
      // the call log ends within this page: nothing after it
      if (part.next === null) return { next: null };
    }
    return { next: after };
  }

  private skip(paging: { page: number; perPage: number } | null, error: CallbridgeError) {
    this.unreadPages += 1;
    this.logger.error('ringcentral: call-log page too large to read, skipped', {
      page: paging?.page ?? null,
      perPage: paging?.perPage ?? null,
      limit: error.details?.limit,
      ...this.window,
    });
  }

  private async fetch(ref: PageRef, split: boolean): Promise<CallLogPage> {
    const what = split ? 'read call log (smaller page)' : ref.query ? 'read call log' : 'read call log page';
    const answer = await this.client.json(
      ref.query
        ? { method: 'GET', url: ref.url, group: 'heavy', what, query: ref.query }
        : { method: 'GET', url: ref.url, group: 'heavy', what },
    );
    return parseAnswer(CallLogPageSchema, answer, what);
  }
}
