// Globals that every runtime of the core has (Node 20, the webview's Chromium, the worker thread) but
// that TypeScript's ES2022 lib leaves to the DOM and Node typings, which the pure core does not load.
declare function structuredClone<T>(value: T): T;
