export { readBodyLimited } from './body.js';
export { createHttpHandler, normalizeBasePath, routeSegments } from './handler.js';
export type { ProblemDetails } from './problem.js';
export { errorToResponse, jsonResponse, problemResponse } from './problem.js';
export { isJsonContentType } from './webhook.js';
