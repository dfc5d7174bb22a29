import type { PreviewState, WebviewToExtension } from '../protocol/previewMessages';

/** What VS Code injects into every webview (the test harness provides a stand-in). */
export interface VsCodeApi {
  postMessage(message: WebviewToExtension): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** May be called once per page, so the entry point calls it and passes the result around. */
export function getVsCodeApi(): VsCodeApi {
  return acquireVsCodeApi();
}
