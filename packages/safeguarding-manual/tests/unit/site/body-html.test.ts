import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { bodyToHtml } from '../../../src/lib/site/body-html.ts';

const options = {
  contact: (id: string, inline: boolean) => (inline ? h('span', { className: ['tel'] }, `tel of ${id}`) : h('div', `card of ${id}`)),
  link: (href: string) => (href.startsWith('/') ? `https://example.org${href}` : href),
  image: (src: string) => (src === '/images/chart.png' ? 'data:image/png;base64,AAAA' : undefined),
  idPrefix: 'procedures--referrals--',
  headingShift: 1,
};

describe('a body rendered to HTML outside Astro', () => {
  it('renders Markdown, tables and the Contact component, and drops notes for editors', () => {
    const body =
      'Call <Contact id="police" inline /> now & <b>not</b> later.\n\n{/* a note for editors */}\n\n<Contact id="front-door" />\n\n| Step | When |\n|---|---|\n| Visit | *Today* |\n';
    expect(bodyToHtml(body, options)).toMatchInlineSnapshot(`
      "<p>Call <span class="tel">tel of police</span> now &#x26; not later.</p>

      <div>card of front-door</div>
      <table>
      <thead>
      <tr>
      <th>Step</th>
      <th>When</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>Visit</td>
      <td><em>Today</em></td>
      </tr>
      </tbody>
      </table>"
    `);
  });

  it('shows at an extension point what the caller gives for it, and nothing where it gives nothing', () => {
    const body = 'Before.\n\n<Local name="referral-arrangements" />\n\n<Local name="out-of-hours" />\n\nAfter.\n';
    const local = (name: string) => (name === 'referral-arrangements' ? h('div', { className: ['local-text'] }, `text at ${name}`) : undefined);
    expect(bodyToHtml(body, { ...options, local }).replace(/\n+/g, '')).toBe(
      '<p>Before.</p><div class="local-text">text at referral-arrangements</div><p>After.</p>',
    );
    expect(bodyToHtml(body, options).replace(/\n+/g, '')).toBe('<p>Before.</p><p>After.</p>');
  });

  it('moves headings down a level, with the ids the site gives them, prefixed', () => {
    expect(bodyToHtml('## Seeing the child\n\n### Seeing the child\n\n## Who does *what*?\n', options)).toMatchInlineSnapshot(`
      "<h3 id="procedures--referrals--seeing-the-child">Seeing the child</h3>
      <h4 id="procedures--referrals--seeing-the-child-1">Seeing the child</h4>
      <h3 id="procedures--referrals--who-does-what">Who does <em>what</em>?</h3>"
    `);
  });

  it('resolves links and pictures with the given functions, and shows a picture it cannot embed by its description', () => {
    expect(
      bodyToHtml(
        'See [referrals](/procedures/referrals/#how) and [above](#top).\n\n![Flow chart](/images/chart.png)\n\n![Old map](/images/gone.png)\n',
        options,
      ),
    ).toMatchInlineSnapshot(`
      "<p>See <a href="https://example.org/procedures/referrals/#how">referrals</a> and <a href="#top">above</a>.</p>
      <p><img src="data:image/png;base64,AAAA" alt="Flow chart"></p>
      <p><span class="picture-missing">[Picture: Old map]</span></p>"
    `);
  });
});
