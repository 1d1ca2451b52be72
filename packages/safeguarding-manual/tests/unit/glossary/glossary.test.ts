import { XMLParser } from 'fast-xml-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, mdxToHast, type HastPluginDefinition, type MarkdownToHtmlResult, type PluginFactoryContext } from 'satteri';
import { describe, expect, it } from 'vitest';
import { collectGlossaryChanges, glossaryAnchor, glossaryLetters } from '../../../src/lib/glossary/glossary.ts';
import { planGlossaryMarkup, startsSentence, type TreeNode } from '../../../src/lib/glossary/glossary-markup.ts';
import { findNames, glossaryMatcher, pluralOf } from '../../../src/lib/glossary/glossary-names.ts';
import { amendmentsAtom, amendmentsJson } from '../../../src/lib/site/feeds.ts';
import { glossaryHref, glossaryPlugin } from '../../../src/lib/glossary/glossary-plugin.ts';
import { lockGlossary } from '../../../src/lib/history/lock-notes.ts';
import type { Lock } from '../../../src/lib/history/lock.ts';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import type { GlossaryEntry } from '../../../src/lib/schemas/glossary.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { glossaryFromEnv } from '../../../src/lib/content/source.ts';
import { first, options, settings, source } from '../helpers.ts';

const entry = (term: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id: glossaryAnchor(term),
  term,
  abbreviations: [],
  otherNames: [],
  definition: `What ${term} means.`,
  chapters: [],
  ...more,
});

const ENTRIES = [
  entry('initial child protection conference', { abbreviations: ['ICPC'], otherNames: ['initial conference'] }),
  entry('child protection plan', { abbreviations: ['CP plan'] }),
  entry('child protection'),
  entry('child in need', { abbreviations: ['CIN'], plural: 'children in need' }),
  entry('section 47', { abbreviations: ['s47'] }),
  entry('multi-agency safeguarding hub', { abbreviations: ['MASH'] }),
  entry('strategy discussion', { otherNames: ['strategy meeting'] }),
  entry('Prevent'),
];

type Node = TreeNode & { properties?: Record<string, unknown>; attributes?: { name: string; value: string }[] };

/** The body with the markup applied, written back as short HTML: links as <a href>, components as <Area name>. */
function marked(body: string, entries = ENTRIES): string {
  const tree = mdxToHast(body) as unknown as Node;
  const plan = new Map(planGlossaryMarkup(tree, glossaryMatcher(entries), glossaryHref).map((r) => [r.node, r.nodes as Node[]]));
  const write = (node: Node): string => {
    if (plan.has(node)) return plan.get(node)!.map(write).join('');
    if (node.type === 'text') return node.value ?? '';
    const inner = (node.children ?? []).map((c) => write(c as Node)).join('');
    if (node.type === 'element') {
      const href = node.tagName === 'a' ? ` href="${String(node.properties?.['href'])}"` : '';
      return `<${node.tagName}${href}>${inner}</${node.tagName}>`;
    }
    if (node.type === 'mdxJsxFlowElement') return `<${node.name} ${node.attributes?.map((a) => `${a.name}="${a.value}"`).join(' ')}>${inner}</${node.name}>`;
    return inner;
  };
  return write(tree).trim();
}

describe('marking the glossary in a chapter', () => {
  it('marks the first use of each entry only: an abbreviation shown in full, a term as a link', () => {
    expect(marked('An ICPC is held within 15 days. The ICPC decides.\n\nA strategy discussion comes first; a strategy discussion may be repeated.'))
      .toMatchInlineSnapshot(`
      "<p>An <a href="/glossary/#initial-child-protection-conference">initial child protection conference</a> (ICPC) is held within 15 days. The ICPC decides.</p>
      <p>A <a href="/glossary/#strategy-discussion">strategy discussion</a> comes first; a strategy discussion may be repeated.</p>"
    `);
  });

  it('counts every name of an entry as a use of it: a term spelt out before its abbreviation is not expanded again', () => {
    expect(marked('The initial child protection conference (ICPC) meets. The ICPC decides. An initial conference has a chair.')).toMatchInlineSnapshot(
      `"<p>The <a href="/glossary/#initial-child-protection-conference">initial child protection conference</a> (ICPC) meets. The ICPC decides. An initial conference has a chair.</p>"`,
    );
    expect(marked('The ICPC (initial child protection conference) meets.')).toMatchInlineSnapshot(
      `"<p>The ICPC (<a href="/glossary/#initial-child-protection-conference">initial child protection conference</a>) meets.</p>"`,
    );
    // An abbreviation in brackets follows the author's own words for it: it is linked, not spelt out again.
    expect(marked('The first child protection conference (ICPC) meets.')).toMatchInlineSnapshot(
      `"<p>The first <a href="/glossary/#child-protection">child protection</a> conference (<a href="/glossary/#initial-child-protection-conference">ICPC</a>) meets.</p>"`,
    );
  });

  it('writes out an abbreviation where it first appears on its own, when the entry was first met by its term', () => {
    expect(marked('An initial child protection conference meets. Before the ICPC, reports are shared. The ICPC decides.')).toMatchInlineSnapshot(
      `"<p>An <a href="/glossary/#initial-child-protection-conference">initial child protection conference</a> meets. Before the initial child protection conference (ICPC), reports are shared. The ICPC decides.</p>"`,
    );
    expect(marked('The ICPC (initial child protection conference) meets. The ICPC decides.')).toMatchInlineSnapshot(
      `"<p>The ICPC (<a href="/glossary/#initial-child-protection-conference">initial child protection conference</a>) meets. The ICPC decides.</p>"`,
    );
  });

  it('leaves headings, links and code alone, and marks the first use after them', () => {
    expect(marked('## Before the ICPC\n\nSee [the ICPC chapter](/procedures/x/) and `ICPC`.\n\n| Who | When |\n| --- | --- |\n| ICPC | Day 15 |\n'))
      .toMatchInlineSnapshot(`
      "<h2>Before the ICPC</h2>
      <p>See <a href="/procedures/x/">the ICPC chapter</a> and <code>ICPC</code>.</p>
      <table>
      <thead>
      <tr>
      <th>Who</th>
      <th>When</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td><a href="/glossary/#initial-child-protection-conference">Initial child protection conference</a> (ICPC)</td>
      <td>Day 15</td>
      </tr>
      </tbody>
      </table>"
    `);
  });

  it('respects word boundaries: no names inside longer words or hyphenated compounds', () => {
    expect(marked('MASHED potatoes, SMASH, a MASH-led review, ICPCX and xs47 are not names.')).toMatchInlineSnapshot(
      `"<p>MASHED potatoes, SMASH, a MASH-led review, ICPCX and xs47 are not names.</p>"`,
    );
    expect(marked('Call the MASH.')).toContain('<a href="/glossary/#multi-agency-safeguarding-hub">multi-agency safeguarding hub</a> (MASH).');
  });

  it('finds plural and case variants, and keeps the words as written', () => {
    expect(marked('Children in need are helped.')).toMatchInlineSnapshot(`"<p><a href="/glossary/#child-in-need">Children in need</a> are helped.</p>"`);
    expect(marked('CINs are reviewed.')).toMatchInlineSnapshot(`"<p><a href="/glossary/#child-in-need">Children in need</a> (CINs) are reviewed.</p>"`);
    expect(marked('Two ICPCs were held.')).toContain(
      '<a href="/glossary/#initial-child-protection-conference">initial child protection conferences</a> (ICPCs)',
    );
    expect(marked('S47 enquiries start. Then s47 again.')).toMatchInlineSnapshot(
      `"<p><a href="/glossary/#section-47">Section 47</a> (S47) enquiries start. Then s47 again.</p>"`,
    );
    expect(marked('STRATEGY MEETINGS are held.')).toContain('<a href="/glossary/#strategy-discussion">STRATEGY MEETINGS</a>');
    // Abbreviations are matched as written: a word in lower case is not one.
    expect(marked('The mash was cold.')).toBe('<p>The mash was cold.</p>');
    // A name written with a capital is matched as written: the verb is not the programme.
    expect(marked('To prevent harm, refer to Prevent.')).toMatchInlineSnapshot(`"<p>To prevent harm, refer to <a href="/glossary/#prevent">Prevent</a>.</p>"`);
  });

  it('takes the longest name where a term sits inside another, and marks the shorter one at its own first use', () => {
    expect(marked('A child protection plan is made. Child protection is everyone’s job.')).toMatchInlineSnapshot(
      `"<p>A <a href="/glossary/#child-protection-plan">child protection plan</a> is made. <a href="/glossary/#child-protection">Child protection</a> is everyone’s job.</p>"`,
    );
    expect(marked('The CP plan is reviewed.')).toContain('<a href="/glossary/#child-protection-plan">child protection plan</a> (CP plan)');
  });

  it('writes an abbreviation in full with a capital at the start of a sentence or a list item', () => {
    expect(marked('- MASH staff decide.\n- Then the police act. ICPC follows.')).toMatchInlineSnapshot(`
      "<ul>
      <li><a href="/glossary/#multi-agency-safeguarding-hub">Multi-agency safeguarding hub</a> (MASH) staff decide.</li>
      <li>Then the police act. <a href="/glossary/#initial-child-protection-conference">Initial child protection conference</a> (ICPC) follows.</li>
      </ul>"
    `);
    expect(startsSentence('')).toBe(true);
    expect(startsSentence('It ended. ')).toBe(true);
    expect(startsSentence('See the ')).toBe(false);
  });

  it('explains the first use in each area block, and again after the blocks, as a reader may see one block only', () => {
    const body =
      'Referrals go to the front door.\n\n<Area name="tamsford">\n\nThe MASH decides within a day.\n\n</Area>\n\n<Area name="wyvern-vale">\n\nThe MASH decides within two days.\n\n</Area>\n\nThe MASH records its decision. The MASH tells the referrer.\n';
    expect(marked(body)).toMatchInlineSnapshot(`
      "<p>Referrals go to the front door.</p>
      <Area name="tamsford"><p>The <a href="/glossary/#multi-agency-safeguarding-hub">multi-agency safeguarding hub</a> (MASH) decides within a day.</p></Area>
      <Area name="wyvern-vale"><p>The <a href="/glossary/#multi-agency-safeguarding-hub">multi-agency safeguarding hub</a> (MASH) decides within two days.</p></Area>
      <p>The <a href="/glossary/#multi-agency-safeguarding-hub">multi-agency safeguarding hub</a> (MASH) records its decision. The MASH tells the referrer.</p>"
    `);
    // A use before the blocks explains it for all of them.
    expect(marked('The MASH decides.\n\n<Area name="tamsford">\n\nThe MASH meets daily.\n\n</Area>\n')).toMatchInlineSnapshot(`
      "<p>The <a href="/glossary/#multi-agency-safeguarding-hub">multi-agency safeguarding hub</a> (MASH) decides.</p>
      <Area name="tamsford"><p>The MASH meets daily.</p></Area>"
    `);
  });

  it('leaves other components alone', () => {
    expect(marked('Call <Contact id="mash" inline /> about the MASH.')).toContain(
      '<a href="/glossary/#multi-agency-safeguarding-hub">multi-agency safeguarding hub</a> (MASH).',
    );
  });

  it("runs in the compile as a Sätteri plugin, for the content folder's chapters and pages only", () => {
    const plugin = glossaryPlugin(ENTRIES, '/manual/content') as (context: PluginFactoryContext) => HastPluginDefinition | null;
    const context = (path: string) => ({ fileURL: new URL(`file://${path}`), sourceFormat: 'markdown' as const, source: '', data: {} });
    const chapter = plugin(context('/manual/content/procedures/referrals/2026-11-30.mdx'));
    // A plugin without async visitors compiles synchronously.
    expect((markdownToHtml('## The MASH\n\nThe MASH decides. The MASH records it.', { hastPlugins: [chapter!] }) as MarkdownToHtmlResult).html)
      .toMatchInlineSnapshot(`
      "<h2>The MASH</h2>
      <p>The <a href="/glossary/#multi-agency-safeguarding-hub" class="glossary-term">multi-agency safeguarding hub</a> (MASH) decides. The MASH records it.</p>
      "
    `);
    expect(plugin(context('/manual/content/pages/worried/2026-11-30.mdx'))).not.toBeNull();
    expect(plugin(context('/manual/src/pages/other.mdx'))).toBeNull();
    expect(glossaryPlugin([], '/manual/content')).toBeNull();
  });

  it('marks every version of the example manual as a full reading would: passing over blocks without a name to mark changes nothing', () => {
    const { entries } = glossaryFromEnv({ MANUAL_CONTENT_DIR: '../../examples/brackenshire/content' });
    const matcher = glossaryMatcher(entries);
    // Text that holds every name: no block is ever passed over.
    const everything = () => matcher.variants.map((v) => v.plain).join(' ');
    const files = ['procedures', 'pages'].flatMap((folder) =>
      readdirSync(join('../../examples/brackenshire/content', folder)).flatMap((id) =>
        readdirSync(join('../../examples/brackenshire/content', folder, id)).map((f) => join('../../examples/brackenshire/content', folder, id, f)),
      ),
    );
    expect(files.length).toBeGreaterThan(100);
    let marked = 0;
    for (const file of files) {
      const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const tree = mdxToHast(body) as unknown as Node;
      const plain = (plan: ReturnType<typeof planGlossaryMarkup>) => plan.map((r) => [r.node.value, JSON.stringify(r.nodes)]);
      const quick = plain(planGlossaryMarkup(tree, matcher, glossaryHref));
      expect(quick, file).toEqual(plain(planGlossaryMarkup(tree, matcher, glossaryHref, everything)));
      marked += quick.length;
    }
    expect(marked).toBeGreaterThan(100);
  });
});

describe('finding names', () => {
  it('finds names left to right without overlaps, longest first', () => {
    const matcher = glossaryMatcher(ENTRIES);
    expect(findNames('child protection plans and child protection, then an ICPC', matcher).map((f) => [f.text, f.entry.id, f.kind, f.plural])).toEqual([
      ['child protection plans', 'child-protection-plan', 'term', true],
      ['child protection', 'child-protection', 'term', false],
      ['ICPC', 'initial-child-protection-conference', 'abbreviation', false],
    ]);
    expect(findNames('a strategy\n  discussion, ICPC’s chair', matcher).map((f) => f.text)).toEqual(['strategy\n  discussion']);
  });

  it('makes plurals on the last word', () => {
    expect(['conference', 'enquiry', 'abuse', 'harness', 'day', 'section 47'].map(pluralOf)).toEqual([
      'conferences',
      'enquiries',
      'abuses',
      'harnesses',
      'days',
      undefined,
    ]);
  });
});

describe('the glossary page', () => {
  it('lists the entries A to Z, in any case', () => {
    expect(
      glossaryLetters([entry('section 47'), entry('Prevent'), entry('child in need'), entry('core group'), entry('police protection')]).map((l) => [
        l.letter,
        l.entries.map((e) => e.term),
      ]),
    ).toEqual([
      ['C', ['child in need', 'core group']],
      ['P', ['police protection', 'Prevent']],
      ['S', ['section 47']],
    ]);
  });
});

const GLOSSARY = `entries:
  - term: initial child protection conference
    abbreviations: [ICPC]
    definition: The first meeting after a section 47 enquiry.
    chapters: [referrals]
  - term: child in need
    abbreviations: [CIN]
    plural: children in need
    definition: A child who needs services to be healthy or develop well.
changes:
  - date: 2024-05-01
    summary: First published.
`;

describe('the glossary file', () => {
  const files = { 'referrals/2020-01-06.mdx': first('1.1.1', 'Referrals') };

  it('is read with an anchor for each term, and a manual may have none', () => {
    const { problems, manual } = checkManual(source(files, { glossary: GLOSSARY }), options);
    expect(problems).toEqual([]);
    expect(manual.glossary.entries.map((e) => [e.id, e.term, e.abbreviations, e.otherNames, e.chapters])).toEqual([
      ['initial-child-protection-conference', 'initial child protection conference', ['ICPC'], [], ['referrals']],
      ['child-in-need', 'child in need', ['CIN'], [], []],
    ]);
    expect(manual.glossary.changes).toEqual([{ date: '2024-05-01', summary: 'First published.' }]);
    expect(checkManual(source(files), options).manual.glossary).toEqual({ entries: [], changes: [] });
  });

  it('reports every mistake in an entry, with its line and a fix', () => {
    const broken = `entries:
  - term: initial child protection conference
    abbreviation: [ICPC]
  - term: child in need
    abbreviations: [C]
    definition: A child who needs services.
    chapters: [Referrals]
`;
    expect(formatProblems(checkManual(source(files, { glossary: broken }), options).problems)).toMatchInlineSnapshot(`
      "m/glossary.yaml
        error line 2, definition of the first glossary entry: is missing
          fix: add definition: "The first meeting of family members and practitioners after a section 47 enquiry."
        error line 3, abbreviation of the first glossary entry: is not a field this file can have
          fix: remove it, or see docs/files.md for the fields this file can have
        error line 5, the first abbreviation of the second glossary entry: must be at least two characters, such as ICPC
          fix: write it as abbreviations: [ICPC]
        error line 7, the first chapter of the second glossary entry: must be lower-case words joined by hyphens, such as section-47-enquiries
          fix: write it as chapters: [initial-child-protection-conferences]

      4 errors, 0 warnings"
    `);
  });

  it('refuses a name that would lead to two entries, and a chapter that does not exist', () => {
    const twice = `${GLOSSARY.split('changes:')[0]}  - term: Child in need
    definition: Again.
  - term: initial case conference
    abbreviations: [ICPC, ICC, ICC]
    otherNames: [child in need]
    definition: An older name.
    chapters: [no-such-chapter]
  - term: "child's plan"
    definition: One.
  - term: childs plan
    definition: Two.
`;
    expect(formatProblems(checkManual(source(files, { glossary: twice }), options).problems)).toMatchInlineSnapshot(`
      "m/glossary.yaml
        error line 10, entries[3].term: Child in need is already the term of the entry "child in need" (line 6): a name may lead to one entry only
          fix: merge the two entries into one
        error line 13, entries[4].abbreviations[1]: ICPC is already the abbreviation of the entry "initial child protection conference" (line 2): a name may lead to one entry only
          fix: remove it from one of the two entries
        error line 13, entries[4].abbreviations[3]: ICC is given twice in this entry
          fix: remove the second ICC
        error line 14, entries[4].otherNames[1]: child in need is already the term of the entry "child in need" (line 6): a name may lead to one entry only
          fix: remove it from one of the two entries
        error line 16, entries[4].chapters[1]: chapter no-such-chapter does not exist
          fix: use the folder name of a chapter in m/procedures, or remove it
        error line 19, entries[6].term: "childs plan" and "child's plan" (line 17) differ only in punctuation, so they would share the address /glossary/#childs-plan
          fix: merge the two entries, or tell them apart by a word

      6 errors, 0 warnings"
    `);
  });

  it('needs a dated note for every change once published, and keeps every note', () => {
    const published = source(files, { glossary: GLOSSARY });
    const lock = { ...lockGlossary(JSON.parse(published.lockFile!.text) as Lock, checkManual(published, options).manual.glossary).lock, format: 2 as const };
    const withLock = (glossary: string) => ({ ...source(files, { glossary }), lockFile: { file: 'm/versions.lock.json', text: JSON.stringify(lock) } });
    expect(checkManual(withLock(GLOSSARY), options).problems).toEqual([]);
    const edited = GLOSSARY.replace('develop well.', 'develop well, or who is disabled.');
    expect(formatProblems(checkManual(withLock(edited), options).problems)).toMatchInlineSnapshot(`
      "m/glossary.yaml
        error line 10, changes: the glossary changed, but no dated note under changes says what changed
          fix: add a note to changes: "- date: YYYY-MM-DD" and "summary: Added LADO." (the date of the change)

      1 error, 0 warnings"
    `);
    expect(checkManual(withLock(`${edited}  - date: 2024-06-01\n    summary: Disabled children added to child in need.\n`), options).problems).toEqual([]);
    expect(formatProblems(checkManual(withLock(GLOSSARY.replace(/changes:[\s\S]*$/, '')), options).problems)).toMatchInlineSnapshot(`
      "m/glossary.yaml
        error file, changes: lists 0 of the 1 change notes already published: a published note was removed
          fix: undo the edit (git diff -- m/glossary.yaml shows it; git checkout -- m/glossary.yaml); a published note is never rewritten, reordered or removed: add a new dated note instead, or for a genuine correction run npm run correct -- m/glossary.yaml --reason "..."

      1 error, 0 warnings"
    `);
    // Rewording a published note is refused: only npm run correct records a genuine correction.
    expect(formatProblems(checkManual(withLock(GLOSSARY.replace('First published.', 'First published as a page.')), options).problems)).toMatchInlineSnapshot(`
      "m/glossary.yaml
        error line 10, changes: change note 1 of glossary (now dated 2024-05-01) is not the note published (its SHA-256 no longer matches versions.lock.json): it was rewritten, reordered or removed
          fix: undo the edit (git diff -- m/glossary.yaml shows it; git checkout -- m/glossary.yaml); a published note is never rewritten, reordered or removed: add a new dated note instead, or for a genuine correction run npm run correct -- m/glossary.yaml --reason "..."

      1 error, 0 warnings"
    `);
  });
});

describe('glossary changes', () => {
  it('are listed newest first, up to the build date, and exported in the JSON and the Atom feed', () => {
    const changes = collectGlossaryChanges(
      {
        changes: [
          { date: '2024-05-01', summary: 'First published.' },
          { date: '2024-07-01', summary: 'Added <LADO> & EDT.' },
          { date: '2024-07-01', summary: 'Corrected CIN.' },
          { date: '2024-09-02', summary: 'Not yet.' },
        ],
      },
      '2024-08-01',
    );
    expect(changes.map((c) => [c.date, c.number, c.summary])).toEqual([
      ['2024-07-01', 3, 'Corrected CIN.'],
      ['2024-07-01', 2, 'Added <LADO> & EDT.'],
      ['2024-05-01', 1, 'First published.'],
    ]);
    expect(JSON.parse(amendmentsJson([], settings, '2024-08-01', { glossaryChanges: changes })).glossaryChanges[1]).toEqual({
      date: '2024-07-01',
      summary: 'Added <LADO> & EDT.',
      url: 'https://example.org/glossary/',
    });
    const atom = new XMLParser().parse(amendmentsAtom([], settings, '2024-08-01', { glossaryChanges: changes }));
    expect(atom.feed.updated).toBe('2024-07-01T00:00:00.000Z');
    // Titles are HTML in Atom: escaped, a feed reader shows <LADO> as text.
    expect(atom.feed.entry.map((e: { title: string; id: string }) => [e.title, e.id])).toEqual([
      ['Glossary changed: Corrected CIN.', 'https://example.org/glossary/#change-3'],
      ['Glossary changed: Added &lt;LADO&gt; &amp; EDT.', 'https://example.org/glossary/#change-2'],
      ['Glossary changed: First published.', 'https://example.org/glossary/#change-1'],
    ]);
  });
});
