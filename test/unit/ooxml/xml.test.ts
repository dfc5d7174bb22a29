import * as assert from 'node:assert/strict';
import {
  attrLocal,
  childElements,
  descendants,
  escapeXmlAttr,
  escapeXmlText,
  parseXml,
  scanXml,
  textContent,
  XmlError,
} from '../../../src/core/ooxml/xml';
import { reasonThrown } from '../../support/thrown';

const xmlReason = (fn: () => unknown): string | undefined => reasonThrown(fn, XmlError);

describe('ooxml: XML reading and writing', () => {
  it('builds a tree with names, attributes, decoded text and source offsets', () => {
    const text =
      '<?xml version="1.0"?>\r\n<w:doc xmlns:w="u"><w:p w:val="1"><w:t>a &amp; b 😀</w:t><w:br/></w:p></w:doc>';
    const root = parseXml(text);
    assert.equal(root.local, 'doc');
    const [t] = descendants(root, 't');
    assert.ok(t);
    assert.equal(textContent(t), 'a & b 😀');
    assert.equal(text.slice(t.start, t.openEnd), '<w:t>');
    assert.equal(text.slice(t.openEnd, t.closeStart), 'a &amp; b 😀');
    assert.equal(text.slice(t.closeStart, t.end), '</w:t>');
    const [p] = childElements(root, 'p');
    assert.ok(p);
    assert.equal(attrLocal(p, 'val'), '1');
    const [br] = descendants(root, 'br');
    assert.ok(br?.selfClosing);
    assert.equal(text.slice(br.start, br.end), '<w:br/>');
    // Patching by offsets keeps the rest byte for byte.
    const patched = text.slice(0, t.openEnd) + escapeXmlText('x < y') + text.slice(t.closeStart);
    assert.equal(textContent(descendants(parseXml(patched), 't')[0] ?? root), 'x < y');
    assert.equal(patched.slice(0, t.openEnd), text.slice(0, t.openEnd));
  });

  it('refuses a DOCTYPE, so no entity is ever expanded (billion laughs, XXE)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><a>&lol2;</a>';
    assert.equal(
      xmlReason(() => parseXml(laughs)),
      'doctype',
    );
    const xxe = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>';
    assert.equal(
      xmlReason(() => parseXml(xxe)),
      'doctype',
    );
    assert.equal(
      xmlReason(() => parseXml('<!DOCTYPE a><a/>')),
      'doctype',
    );
    assert.equal(
      xmlReason(() => parseXml('<a>&undefined;</a>')),
      'malformed',
    );
  });

  it('reports malformed XML with a line and column, and caps the part size', () => {
    try {
      parseXml('<a>\n<b></a>');
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof XmlError);
      assert.equal(e.reason, 'malformed');
      assert.equal(e.line, 2);
    }
    assert.equal(
      xmlReason(() => parseXml('<a>' + 'x'.repeat(100) + '</a>', { maxChars: 50 })),
      'too-large',
    );
  });

  it('streams without keeping a tree', () => {
    const names: string[] = [];
    let text = '';
    scanXml('<a><b>1</b><c><![CDATA[<2>]]></c></a>', {
      open: (e) => names.push(e.name),
      text: (t) => (text += t),
    });
    assert.deepEqual(names, ['a', 'b', 'c']);
    assert.equal(text, '1<2>');
  });

  it('escapes text and attributes and drops characters XML cannot hold', () => {
    assert.equal(escapeXmlText('a<b>&c\u0001\uFFFE'), 'a&lt;b&gt;&amp;c');
    assert.equal(escapeXmlAttr(`"q' \n\t`), '&quot;q&apos; &#10;&#9;');
    assert.equal(escapeXmlText('x\uD800y😀'), 'xy😀');
    const round = parseXml(`<a v="${escapeXmlAttr('1 "2"\n3')}">${escapeXmlText('<&>')}</a>`);
    assert.equal(round.attrs['v'], '1 "2"\n3');
    assert.equal(textContent(round), '<&>');
  });
});
