import * as assert from 'node:assert/strict';
import {
  MAX_PICTURE_PIXELS,
  MIN_PRINTED_LABEL_PX,
  PICTURE_DPI,
  WORD_FIGURE_AREA,
  pictureScale,
  placeFigure,
  svgBoxCentres,
  svgLabelPx,
  svgViewBox,
} from '../../../src/core/export/figureParts';
import { label } from '../../../src/core/export/exportLabels';

const A4 = { width: 642, height: 820 };

describe('figureParts: big diagrams printed in legible parts instead of shrunk', () => {
  it('prints a diagram whole, shrunk to the page, while its labels stay at 8 pt or more', () => {
    const { scale, parts } = placeFigure({ width: 800, height: 600 }, 16, A4);
    assert.equal(parts.length, 1);
    assert.deepEqual(parts[0], { x: 0, y: 0, width: 800, height: 600 });
    assert.ok(Math.abs(scale - 642 / 800) < 1e-9);
    assert.equal(placeFigure({ width: 300, height: 200 }, 16, A4).scale, 1, 'never enlarged');
  });

  it('cuts a too-wide diagram into columns that cover it, overlap a little and print labels at 8 pt', () => {
    const { scale, parts } = placeFigure({ width: 3000, height: 500 }, 16, A4);
    assert.ok(parts.length > 1);
    assert.ok(16 * scale >= MIN_PRINTED_LABEL_PX, `labels at ${16 * scale} px`);
    for (const p of parts) assert.ok(p.width * scale <= A4.width + 1e-6 && p.height * scale <= A4.height + 1e-6);
    assert.equal(parts[0]?.x, 0);
    const last = parts[parts.length - 1];
    assert.ok(last && Math.abs(last.x + last.width - 3000) < 1e-6, 'the last part ends at the right edge');
    for (let i = 1; i < parts.length; i++) {
      const [a, b] = [parts[i - 1], parts[i]];
      assert.ok(a && b && b.x < a.x + a.width, 'neighbours overlap');
    }
  });

  it('reads rows top to bottom, each left to right, and leaves out parts with no box in them', () => {
    const all = placeFigure({ width: 2000, height: 3000 }, 16, A4).parts;
    const rows = [...new Set(all.map((p) => p.y))];
    assert.ok(rows.length > 1);
    assert.deepEqual(
      all.map((p) => [p.y, p.x]),
      [...all].sort((a, b) => a.y - b.y || a.x - b.x).map((p) => [p.y, p.x]),
    );
    const some = placeFigure({ width: 2000, height: 3000 }, 16, A4, [
      { x: 10, y: 10 },
      { x: 1990, y: 2990 },
    ]).parts;
    assert.equal(some.length, 2);
    assert.deepEqual(some[0], all[0]);
    assert.deepEqual(some[1], all[all.length - 1]);
  });

  it('reads the label size, viewBox and box centres from the drawn SVG', () => {
    const svg =
      '<svg id="d1" data-label-px="13" viewBox="4 4 800 600"><style>#d1{font-size:16px}</style>' +
      '<g class="node default service" id="a" transform="translate(104, 54)"></g></svg>';
    assert.equal(svgLabelPx(svg), 13);
    assert.equal(svgLabelPx(svg.replace(' data-label-px="13"', '')), 16, "Mermaid's root font size");
    assert.equal(svgLabelPx('<svg></svg>'), 16);
    const box = svgViewBox(svg, { width: 1, height: 1 });
    assert.deepEqual(box, { x: 4, y: 4, width: 800, height: 600 });
    assert.deepEqual(svgBoxCentres(svg, box), [{ x: 100, y: 50 }]);
    assert.deepEqual(svgViewBox('<svg width="5">', { width: 7, height: 9 }), { x: 0, y: 0, width: 7, height: 9 });
  });

  it('captions each part in the document language', () => {
    const values = { caption: 'Figure: All components', part: 2, parts: 3 };
    assert.equal(label('figurePart', 'en', values), 'Figure: All components (part 2 of 3)');
    assert.equal(label('figurePart', 'zh-CN', { ...values, caption: '图：全部组件' }), '图：全部组件（第 2/3 部分）');
  });

  it('stores the PNG sharp enough for where it is printed: each part of a split diagram at 220 dpi', () => {
    const dpi = (size: { width: number; height: number }, labelPx: number): number =>
      (pictureScale(size, labelPx) * 96) / placeFigure(size, labelPx, WORD_FIGURE_AREA).scale;
    const split = { width: 1406, height: 1778 };
    assert.ok(placeFigure(split, 16, A4).parts.length > 1, 'this one prints in parts');
    assert.ok(Math.abs(dpi(split, 16) - PICTURE_DPI) < 1e-6, `split parts at ${dpi(split, 16)} dpi`);
    assert.ok(pictureScale(split, 16) > 1.5, 'more pixels than the drawing has: the parts print larger than it');
    const whole = { width: 800, height: 300 };
    assert.equal(placeFigure(whole, 16, A4).parts.length, 1);
    assert.ok(Math.abs(dpi(whole, 16) - PICTURE_DPI) < 1e-6, 'a figure shrunk to the column, at its printed size');
    assert.ok(pictureScale(whole, 16) < PICTURE_DPI / 96, 'shrunk to print, so fewer pixels than at its own size');
    const small = { width: 300, height: 200 };
    assert.ok(Math.abs(pictureScale(small, 16) - PICTURE_DPI / 96) < 1e-9, 'printed at its own size');
  });

  it('caps the stored PNG at 16 Mpx, or at the size of the drawing itself when that is larger', () => {
    const big = { width: 2000, height: 4000 };
    const s = pictureScale(big, 16);
    // The canvas rounds each side up to whole pixels.
    const pixels = Math.ceil(big.width * s) * Math.ceil(big.height * s);
    assert.ok(pixels <= MAX_PICTURE_PIXELS, `${pixels} px`);
    assert.ok(pixels > MAX_PICTURE_PIXELS * 0.999, 'as sharp as the cap allows');
    assert.equal(pictureScale({ width: 9000, height: 6000 }, 16), 1, 'never fewer pixels than drawn');
    assert.deepEqual(WORD_FIGURE_AREA, A4, "the DOCX writer's column on A4");
  });
});
