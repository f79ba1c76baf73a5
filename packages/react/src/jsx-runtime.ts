/**
 * The JSX runtime every component uses: tsup.config.ts points each `.tsx` file's automatic
 * `react/jsx-runtime` import here, so the bundle has one such import instead of one per file (bytes
 * under the size budget), as src/react.ts does for the hooks.
 */
export { jsx, jsxs } from 'react/jsx-runtime';
