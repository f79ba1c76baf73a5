import { runAdapterConformance } from '@callbridge/core/testing';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { expressMountedHarness, expressRootHarness, nodeListenerHarness } from './serve.js';

const api = { describe, it, beforeEach, afterEach };
runAdapterConformance(expressRootHarness, api);
runAdapterConformance(expressMountedHarness, api);
runAdapterConformance(nodeListenerHarness, api);
