/**
 * Mermaid with SVG text labels (`htmlLabels: false`, what Word/LibreOffice and canvases need) decodes
 * entity codes to the literal text `&#34;` before writing a label, so the serialised SVG holds
 * `&amp;#34;`. Document text can never produce that sequence itself (our escaping turns `&` into
 * `#38;`), so turning `&amp;#NNN;` back into `&#NNN;` restores exactly the characters the user wrote.
 */
export function repairMermaidEntities(svg: string): string {
  return svg.replace(/&amp;#(\d{1,7});/g, '&#$1;');
}
