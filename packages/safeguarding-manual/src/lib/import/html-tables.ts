// Tables in saved pages: layout tables unwrapped, nested tables and merged cells flattened and
// reported, so that each table becomes a GitHub table with one line per row.
import type { Element, ElementContent, Parents } from 'hast';
import { type ConversionFinding, element, findAll, isBlock, isElement, lineOf, parentsOf, replaceNode, text, textOf } from './html.ts';

/** The rows of a table, without those of tables inside it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (isElement(child, 'tr')) rows.push(child);
    else if (isElement(child, 'thead', 'tbody', 'tfoot')) rows.push(...child.children.filter((c): c is Element => isElement(c, 'tr')));
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c, 'td', 'th'));
}

const SPAN = (cell: Element, name: 'rowSpan' | 'colSpan') => Number(cell.properties[name] ?? 1) > 1;

export function tables(root: Parents, findings: ConversionFinding[]): void {
  // Inner tables first, so that an outer table sees them already flattened.
  for (const table of findAll(root, (e) => e.tagName === 'table').reverse()) {
    const parents = parentsOf(root);
    const rows = rowsOf(table);
    const cells = rows.map(cellsOf);
    let up = parents.get(table);
    let insideCell = false;
    while (up && up.type === 'element') {
      if (isElement(up, 'td', 'th')) insideCell = true;
      up = parents.get(up);
    }
    const width = Math.max(0, ...cells.map((c) => c.length));
    // Markdown tables have no caption: it goes above the table as a paragraph.
    const caption = table.children.find((c): c is Element => isElement(c, 'caption'));
    if (caption && textOf(caption) && !insideCell) {
      const at = parents.get(table);
      if (at) (at.children as ElementContent[]).splice((at.children as ElementContent[]).indexOf(table), 0, element('p', [text(textOf(caption))]));
    }
    if (rows.length === 0 || width === 0) {
      replaceNode(parents, table, textOf(table) ? [element('p', [text(textOf(table))])] : []);
    } else if (insideCell) {
      findings.push({
        kind: 'nested-table',
        line: lineOf(table),
        message: 'a table inside a table cell: its rows were written into the cell as text ("cell: cell; next row")',
      });
      const flat = cells
        .map((row) =>
          row
            .map((c) => textOf(c))
            .filter(Boolean)
            .join(': '),
        )
        .filter(Boolean)
        .join('; ');
      replaceNode(parents, table, [text(` ${flat} `)]);
    } else if (width === 1) {
      // A box drawn with a one-column table: its content is the chapter's, the table is layout.
      replaceNode(
        parents,
        table,
        cells.flatMap((row) => row.flatMap((c) => c.children)),
      );
    } else if (width === 2 && cells.every((row) => row.length === 2 && /^\d+(\.\d+)*\.?$/.test(textOf(row[0]!)))) {
      // Numbered paragraphs laid out as a table: "1.2 | text" rows become paragraphs "1.2 text".
      replaceNode(
        parents,
        table,
        cells.flatMap(([number, body]) => numberedParagraph(textOf(number!), body!)),
      );
    } else {
      if (cells.some((row) => row.some((c) => SPAN(c, 'rowSpan') || SPAN(c, 'colSpan')))) {
        findings.push({
          kind: 'merged-cells',
          line: lineOf(table),
          message:
            'a table with merged cells: Markdown tables cannot merge cells, so each merged cell was written once and the cells it covered were left empty; check the table reads correctly',
        });
      }
      for (const cell of cells.flat()) cell.children = inlineContent(cell.children);
      // Markdown tables need a header row: without one, the first row is it.
      const first = rows[0]!;
      if (!cells.flat().some((c) => c.tagName === 'th') && !table.children.some((c) => isElement(c, 'thead'))) {
        for (const cell of cellsOf(first)) {
          cell.tagName = 'th';
          cell.children = unwrapStrong(cell.children);
        }
      }
    }
  }
}

function numberedParagraph(number: string, body: Element): ElementContent[] {
  const blocks = body.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const firstBlock = blocks[0];
  if (isElement(firstBlock, 'p')) {
    firstBlock.children.unshift(text(`${number} `));
    return blocks;
  }
  return [element('p', [text(`${number} `), ...blocks.filter((b) => !isBlock(b))]), ...blocks.filter((b) => isBlock(b))];
}

function unwrapStrong(children: ElementContent[]): ElementContent[] {
  return children.flatMap((c) => (isElement(c, 'strong', 'b') ? unwrapStrong(c.children) : [c]));
}

/** A table cell's content on one line: paragraphs joined by a space, list items each after a "•". */
function inlineContent(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') {
        out.push(node);
      } else if (node.tagName === 'br') {
        out.push(text(' '));
      } else if (node.tagName === 'li') {
        out.push(text(' • '));
        walk(node.children);
        out.push(text(' '));
      } else if (isBlock(node) || isElement(node, 'blockquote', 'pre')) {
        out.push(text(' '));
        walk(node.children);
        out.push(text(' '));
      } else {
        out.push(node);
      }
    }
  };
  walk(children);
  return out;
}
