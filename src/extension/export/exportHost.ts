/**
 * The export implementation VS Code loads only when an export command runs (bundled on its own to
 * dist/exportHost.js): the export job with docx, exceljs, the checker and the PDF printer. Keeping it
 * out of dist/extension.js makes activation load a fraction of the code. Nothing here imports
 * `vscode`; the preview's diagram renderer is handed in by the command.
 */
export { ExportError, exportProposal, resolveOutputPath } from '../../node/exportJob';
export { AnswerError, answerRfp, defaultAnsweredName } from '../../node/answerJob';
