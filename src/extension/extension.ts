import type * as vscode from 'vscode';

// Each feature registers itself; activate stays a list. Features do no work until a proposal is open.
export function activate(_context: vscode.ExtensionContext): void {
  // features are added here as they land
}

export function deactivate(): void {
  // disposables registered on the context are disposed by VS Code
}
