import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPublishedFile, publishedKind } from '../../../src/lib/build/published-files.ts';
import { formatProblems } from '../../../src/lib/check/problems.ts';
import { readManualSource } from '../../../src/lib/content/source.ts';
import { plainCss, unsafeCss, unsafeSvgPart } from '../../../src/lib/check/svg-safety.ts';
import { checkManual } from '../../../src/lib/check/validate.ts';
import { options, source } from '../helpers.ts';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const GIF = bytes('GIF89a', [1, 0, 1, 0]);
const WEBP = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ');
const PDF = bytes('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const DOCX = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml....');
const ODT = bytes([0x50, 0x4b, 0x03, 0x04], '0'.repeat(26), 'mimetypeapplication/vnd.oasis.opendocument.text');
const svg = (inside: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inside}</svg>`;

describe('the kind of a file to publish', () => {
  it('is decided by its content', () => {
    expect([PNG, JPEG, GIF, WEBP, PDF, DOCX, ODT, bytes(svg(''))].map(publishedKind)).toEqual(['png', 'jpeg', 'gif', 'webp', 'pdf', 'docx', 'odt', 'svg']);
  });

  it('refuses scripts, HTML and anything else, whatever the name says', () => {
    for (const [name, content] of [
      ['flowchart.png', 'alert(document.cookie)'],
      ['leaflet.pdf', '<!doctype html><script>steal()</script>'],
      ['page.xht', '<html xmlns="http://www.w3.org/1999/xhtml"><script>steal()</script></html>'],
      ['form.docx', bytes([0x4d, 0x5a, 0x90, 0x00])],
      ['notes.txt', 'plain words'],
    ] as const) {
      const check = checkPublishedFile(name, bytes(content));
      expect(check.kind, name).toBeUndefined();
      expect(check.problem, name).toMatch(/^is not a kind of file the site publishes/);
    }
  });

  it('must be named as the kind it is, as servers send a file by its name', () => {
    expect(checkPublishedFile('imported/picture.html', PNG).problem).toBe('holds a PNG image but is named .html, so a server would send it as something else');
    expect(checkPublishedFile('a/flowchart', bytes(svg(''))).fix).toBe('rename it to flowchart.svg');
    expect(checkPublishedFile('photo.jpeg', JPEG).problem).toBeUndefined();
    expect(checkPublishedFile('photo.JPG', JPEG).problem).toBeUndefined();
  });

  it('refuses PDFs that run scripts or carry files, however the name is written', () => {
    const pdf = (body: string | Uint8Array) => checkPublishedFile('guide.pdf', bytes('%PDF-1.4\n', body, '\n%%EOF'));
    expect(pdf('<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>').problem).toMatch(/a PDF action \(\/JavaScript\)/);
    expect(pdf('<< /OpenAction << /S /J#61vaScript /J#53 (x) >> >>').problem).toMatch(/a PDF action \(\/JavaScript\)/);
    expect(pdf('<< /S /Launch /F (cmd.exe) >>').problem).toMatch(/\/Launch/);
    const hidden = bytes(
      '1 0 obj << /Type /ObjStm /Filter /FlateDecode >> stream\n',
      deflateSync(Buffer.from('<< /S /JavaScript /JS (x) >>')),
      '\nendstream endobj',
    );
    expect(pdf(hidden).problem).toMatch(/\/JavaScript/);
    expect(pdf('<< /Type /Catalog /Pages 2 0 R >>').problem).toBeUndefined();
  });

  it('refuses office documents with macros', () => {
    expect(checkPublishedFile('form.docx', bytes(DOCX, 'word/vbaProject.bin')).problem).toMatch(/macros/);
    expect(checkPublishedFile('old.doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.from('_VBA_PROJECT', 'utf16le'))).problem).toMatch(
      /macros/,
    );
    expect(
      checkPublishedFile('old.doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.from('WordDocument', 'utf16le'))).problem,
    ).toBeUndefined();
  });
});

describe('an SVG to publish', () => {
  it('may be a plain picture, with the notes drawing programs keep', () => {
    const inkscape = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- drawn in Inkscape -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
  xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
  width="200" height="100" inkscape:version="1.3">
  <sodipodi:namedview id="base" pagecolor="#ffffff"/>
  <metadata><rdf:RDF><rdf:Description><dc:title>Referral steps</dc:title></rdf:Description></rdf:RDF></metadata>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><style><![CDATA[.box { fill: url(#g); stroke: #000 }]]></style></defs>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer"><rect class="box" width="10" height="10" style="fill:url('#g')"/><use xlink:href="#g"/>
  <a href="https://www.gov.uk/"><text x="1" y="5">GOV.UK &amp; more</text></a>
  <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/></g>
</svg>`;
    expect(unsafeSvgPart(inkscape)).toBeUndefined();
  });

  it('refuses scripts in any spelling: prefixes, other namespaces, default namespaces', () => {
    expect(unsafeSvgPart(`<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>`)).toBe('<svg:script> on line 1');
    expect(unsafeSvgPart(svg(`<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>`))).toMatch(
      /^<h:script>, an element from the namespace http:\/\/www.w3.org\/1999\/xhtml/,
    );
    expect(unsafeSvgPart(svg(`<g><script xmlns="http://www.w3.org/1999/xhtml" src="x.js"/></g>`))).toMatch(/^<script>, an element from the namespace/);
    expect(unsafeSvgPart(svg(`<metadata xmlns:i="http://www.inkscape.org/namespaces/inkscape"><i:x><script>1</script></i:x></metadata>`))).toBe(
      '<script> on line 1',
    );
  });

  it('refuses event attributes and embedded pages in any spelling', () => {
    expect(unsafeSvgPart(svg('<rect ONLOAD="x()"/>'))).toBe('an event handler (ONLOAD=) on line 1');
    expect(unsafeSvgPart(svg('<rect e:onclick="x()" xmlns:e="urn:x"/>'))).toBe('an event handler (e:onclick=) on line 1');
    expect(unsafeSvgPart(svg('<f:foreignObject xmlns:f="http://www.w3.org/2000/svg"><iframe src="https://a.example/"/></f:foreignObject>'))).toBe(
      '<f:foreignObject> on line 1',
    );
    expect(unsafeSvgPart(svg('<set attributeName="href" to="javascript:alert(1)"/>'))).toBe('<set> on line 1');
    expect(unsafeSvgPart(svg('<rect width="1"/>', ' xmlns:x="urn:evil" x:width="1"'))).toBe('the attribute x:width on line 1');
  });

  it('refuses links and files from elsewhere, whatever entities spell them', () => {
    expect(unsafeSvgPart(svg('<a href="&#106;avascript&#x3A;alert(1)"><text>x</text></a>'))).toBe('a javascript: link on line 1');
    expect(unsafeSvgPart(svg('<a href=" java\tscript:alert(1)"><text>x</text></a>'))).toBe('a javascript: link on line 1');
    expect(unsafeSvgPart(svg('<image href="&#x68;ttps://tracker.example/p.png"/>'))).toBe('a file from elsewhere (https://tracker.example/p.png) on line 1');
    expect(unsafeSvgPart(svg('<use xlink:href="//cdn.example/s.svg#a" xmlns:xlink="http://www.w3.org/1999/xlink"/>'))).toBe(
      'a file from elsewhere (//cdn.example/s.svg#a) on line 1',
    );
    expect(unsafeSvgPart(svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'))).toBe('an address with content of its own (data:) on line 1');
    expect(unsafeSvgPart(`<!DOCTYPE svg [<!ENTITY x "javascript:alert(1)">]>${svg('<a href="&x;"/>')}`)).toBe('a DOCTYPE with its own entities on line 1');
    expect(unsafeSvgPart(`<?xml-stylesheet href="https://a.example/s.css"?>${svg('')}`)).toBe('an instruction <?xml-stylesheet?> on line 1');
  });

  it('refuses CSS that imports or loads, however it is escaped', () => {
    expect(unsafeSvgPart(svg('<style>@import url(https://a.example/x.css);</style>'))).toMatch(/^a CSS @import/);
    expect(unsafeSvgPart(svg('<style>@\\69mport "https://a.example/x.css";</style>'))).toMatch(/^a CSS @import/);
    expect(unsafeSvgPart(svg('<style>@imp/* */ort "x.css";</style>'))).toMatch(/^a CSS @import/);
    expect(unsafeSvgPart(svg('<style><![CDATA[rect { fill: u\\rl(https://a.example/p.png) }]]></style>'))).toMatch(/^a file from elsewhere in CSS/);
    expect(unsafeSvgPart(svg('<rect style="background:image-set(&quot;https://a.example/p.png&quot; 1x)"/>'))).toMatch(
      /^a file from elsewhere in CSS \(image-set/,
    );
    expect(unsafeSvgPart(svg('<rect fill="url(https://a.example/p.svg#g)"/>'))).toMatch(/^a file from elsewhere in CSS/);
    expect(plainCss('@\\000069mport')).toBe('@import');
    expect(unsafeCss('fill: url( "#g" )')).toBeUndefined();
  });

  it('refuses what is not well-formed or not an SVG', () => {
    expect(unsafeSvgPart('<svg xmlns="http://www.w3.org/2000/svg"><rect>')).toMatch(/^XML that is not well-formed/);
    expect(unsafeSvgPart(svg('<a href="&nbsp;"/>'))).toMatch(/^XML that is not well-formed/);
    expect(unsafeSvgPart('<html><body></body></html>')).toBe('<html> where <svg> should be on line 1');
    expect(unsafeSvgPart('<svg><rect/></svg>')).toBe('<svg> where <svg> should be on line 1');
  });
});

describe('files uploaded into public/images/ and public/imported/', () => {
  it('are read by the check, and each one the rule refuses is an error naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'uploads-'));
    const put = (path: string, content: string | Uint8Array) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    };
    put('public/images/flowchart.png', PNG);
    put('public/images/diagram.svg', svg('<style>@\\69mport url(https://a.example/x.css);</style>'));
    put('public/imported/leaflet.pdf', '<html><script>steal()</script></html>');
    put('public/imported/old/form.PDF', PDF);
    put('public/site.js', "the project's own script, not an upload");
    mkdirSync(join(root, 'm'));
    const read = readManualSource('m', root);
    expect(read.refusedUploads?.map((r) => `${r.file} ${r.problem}`)).toEqual([
      "public/images/diagram.svg holds a CSS @import on line 1, which a published file may not have: opened on the site, it would run or load in the site's name",
      'public/imported/leaflet.pdf is not a kind of file the site publishes (its content is not a picture, PDF or office document, whatever .pdf says)',
    ]);
    const checked = checkManual({ ...source({}), refusedUploads: read.refusedUploads }, options);
    expect(formatProblems(checked.problems)).toContain(
      'public/imported/leaflet.pdf\n  error file, file: leaflet.pdf is not a kind of file the site publishes (its content is not a picture, PDF or office document, whatever .pdf says); the site publishes this folder as it is',
    );
  });
});
