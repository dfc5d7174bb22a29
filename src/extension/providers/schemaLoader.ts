import * as vscode from 'vscode';
import { schemaContextFrom } from '../../core/language/schemaContext';
import type { SchemaContext } from '../../core/language/schemaAt';

/**
 * Reads the schema files shipped in the extension on first use (not at activation, and not
 * bundled into dist/extension.js). A failure is reported once and leaves completion without keys
 * rather than breaking every provider.
 */
export class SchemaLoader {
  private loading: Promise<SchemaContext> | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly log?: (message: string) => void) {}

  get(): Promise<SchemaContext> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<SchemaContext> {
    const read = async (name: string): Promise<unknown> => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'schemas', name));
      return JSON.parse(new TextDecoder('utf-8').decode(bytes)) as unknown;
    };
    try {
      const [schema, zh] = await Promise.all([read('presales.schema.json'), read('presales.schema.zh-CN.json').catch(() => undefined)]);
      return schemaContextFrom(schema, zh);
    } catch (error: unknown) {
      this.log?.(`presales: could not read the schema: ${error instanceof Error ? error.message : String(error)}`);
      return schemaContextFrom(undefined, undefined);
    }
  }
}
