import { afterEach, beforeEach, describe, it } from 'vitest';
import { bareHandlerHarness, runAdapterConformance } from './testing/index.js';

runAdapterConformance(bareHandlerHarness, { describe, it, beforeEach, afterEach });
runAdapterConformance(bareHandlerHarness, { describe, it, beforeEach, afterEach }, { basePath: '/' });
