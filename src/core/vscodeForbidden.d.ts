// The pure core's tsconfig maps `vscode` here, so `import ... from 'vscode'` in src/core fails with
// "File '.../vscodeForbidden.d.ts' is not a module": the core runs in the CLI, the worker and the
// webview, where there is no VS Code API. This file must stay a script (no import or export).
