export interface BlobInfo {
  key: string;
  size: number;
  contentType: string | null;
}

export interface StoredBlob extends BlobInfo {
  body: ReadableStream<Uint8Array>;
}

/** Binary storage for recordings. Bodies are streams: never buffer whole files. */
export interface BlobStore {
  put(
    key: string,
    body: ReadableStream<Uint8Array> | Uint8Array,
    options?: { contentType?: string | null },
  ): Promise<BlobInfo>;
  get(key: string): Promise<StoredBlob | null>;
  head(key: string): Promise<BlobInfo | null>;
  delete(key: string): Promise<void>;
}
