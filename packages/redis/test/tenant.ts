/** The one tenant of the multi-instance tests. */
export const TENANT = { id: 'tenant-a', key: 'key-a' } as const;
