/** The budget in bytes (min + gzip). */
export declare const LIMIT_BYTES: number;
/** Bundles `entry` like an app would and measures it. */
export declare function measureBundle(options: { entry: string; alias?: Record<string, string> }): Promise<{
  minified: number;
  gzipped: number;
  inputs: string[];
  forbidden: string[];
  code: string;
}>;
