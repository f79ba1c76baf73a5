/**
 * The React hooks every module uses, imported from here: a bundler keeps one `import … from
 * 'react'` statement per module that names it, so this keeps the bundle to one (bytes under the
 * size budget). Types still come from 'react' directly.
 */
export {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
