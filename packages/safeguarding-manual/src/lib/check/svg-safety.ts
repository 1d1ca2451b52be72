// Whether an SVG is a plain picture: parsed as XML with namespaces (saxes), every element and
// attribute checked against an allowlist, so that nothing in it can run, or load anything from
// elsewhere, when it is opened on its own address. Spellings do not matter: prefixes are resolved
// to namespaces, entities and character references are decoded by the parser, and CSS escapes and
// comments are undone before style text is read.
import { SaxesParser, type SaxesTagNS } from 'saxes';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
/** Namespaces of the notes drawing programs keep in a file (Inkscape, Sodipodi, RDF metadata): browsers draw and run none of them. */
const INERT = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/Graphs/1.0/',
  'http://ns.adobe.com/SaveForWeb/1.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://ns.adobe.com/Variables/1.0/',
  'http://ns.adobe.com/ImageReplacement/1.0/',
  'http://ns.adobe.com/xap/1.0/',
]);

/** The SVG elements a picture may have: shapes, text, groups, paint servers, clipping, masks and filters. No script, foreignObject, animation, cursor or font loading. */
const ELEMENTS = new Set(
  (
    'svg g defs symbol use title desc metadata switch a view path rect circle ellipse line polyline polygon text tspan textPath ' +
    'linearGradient radialGradient stop pattern clipPath mask marker image style filter feBlend feColorMatrix feComponentTransfer ' +
    'feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG ' +
    'feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence'
  ).split(' '),
);

/** The attributes a picture's elements may have (besides data-* and aria-*): geometry, presentation and structure. */
const ATTRIBUTES = new Set(
  (
    'id class style lang tabindex role version baseProfile x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength ' +
    'transform viewBox preserveAspectRatio zoomAndPan gradientUnits gradientTransform spreadMethod offset stop-color stop-opacity ' +
    'patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits markerUnits markerWidth markerHeight ' +
    'refX refY orient filterUnits primitiveUnits in in2 result mode type values tableValues slope intercept amplitude exponent ' +
    'stdDeviation dx dy operator k1 k2 k3 k4 order kernelMatrix divisor bias targetX targetY edgeMode kernelUnitLength preserveAlpha ' +
    'surfaceScale diffuseConstant specularConstant specularExponent lighting-color scale xChannelSelector yChannelSelector ' +
    'flood-color flood-opacity radius azimuth elevation z pointsAtX pointsAtY pointsAtZ limitingConeAngle baseFrequency numOctaves ' +
    'seed stitchTiles rotate lengthAdjust textLength startOffset method spacing side href target enable-background ' +
    'requiredFeatures requiredExtensions systemLanguage fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap ' +
    'stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color color-interpolation color-interpolation-filters ' +
    'color-rendering shape-rendering text-rendering image-rendering display visibility overflow clip clip-path clip-rule mask filter ' +
    'marker marker-start marker-mid marker-end font font-family font-size font-size-adjust font-stretch font-style font-variant ' +
    'font-weight letter-spacing word-spacing text-anchor text-decoration dominant-baseline alignment-baseline baseline-shift ' +
    'writing-mode direction unicode-bidi vector-effect paint-order mix-blend-mode isolation transform-origin transform-box'
  ).split(' '),
);

/** Style text with comments removed and escapes undone, in lower case, as a browser's CSS parser reads it. */
export function plainCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/\\\r?\n/g, '')
    .replace(/\\(.)/g, '$1')
    .toLowerCase();
}

/** What in style text could load or run something: @import, a url() to anything but a part of the same picture, expression(), bindings. */
export function unsafeCss(css: string): string | undefined {
  const plain = plainCss(css);
  if (/@import/.test(plain)) return 'a CSS @import';
  if (/@font-face|@namespace/.test(plain)) return 'a CSS rule that loads a file (@font-face)';
  if (/expression\s*\(|-moz-binding|behavior\s*:|javascript\s*:/.test(plain)) return 'CSS that runs code';
  for (const match of plain.matchAll(/(url|image|image-set|src|cross-fade|element)\s*\(\s*(["']?)\s*([^"')\s]*)/g)) {
    if (match[1] !== 'url' || !match[3]!.startsWith('#')) return `a file from elsewhere in CSS (${match[1]}(${match[3] ?? ''}))`;
  }
  return undefined;
}

/** A picture written into the file itself: PNG, JPEG, GIF or WebP as a data: address. */
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/** Why an address in an href may not stay, or undefined. `element` is the element's local name. */
function unsafeHref(element: string, raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const value = raw.replace(/[\u0000-\u0020\u007f]/g, '');
  if (value.startsWith('#')) return undefined;
  if (element === 'image' && EMBEDDED_PICTURE.test(raw.trim())) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (element === 'a' && (scheme === 'https' || scheme === 'http' || scheme === 'mailto')) return undefined;
  if (scheme === 'javascript' || scheme === 'vbscript') return `a ${scheme}: link`;
  if (scheme === 'data') return 'an address with content of its own (data:)';
  return element === 'a' ? `a link to ${value.slice(0, 60)}` : `a file from elsewhere (${value.slice(0, 60)})`;
}

function tagName(tag: SaxesTagNS): string {
  return tag.prefix ? `<${tag.prefix}:${tag.local}>` : `<${tag.local}>`;
}

/**
 * The first thing in an SVG that is not part of a plain picture, in words, or undefined when
 * every part is: something that would run code, show embedded pages, or load a file from
 * elsewhere, or XML that is not well-formed.
 */
export function unsafeSvgPart(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: string | undefined;
  let depth = 0;
  let inStyle = 0;
  let styleText = '';
  const refuse = (what: string) => {
    problem ??= `${what} on line ${parser.line}`;
  };
  parser.on('error', (error) => refuse(`XML that is not well-formed: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`));
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) refuse('a DOCTYPE with its own entities');
  });
  parser.on('processinginstruction', (pi) => refuse(`an instruction <?${pi.target}?>`));
  parser.on('opentag', (tag) => {
    if (depth === 0 && (tag.uri !== SVG || tag.local !== 'svg')) refuse(`${tagName(tag)} where <svg> should be`);
    depth++;
    // A drawing program's notes are kept; whatever is inside them is checked like the rest.
    if (INERT.has(tag.uri)) {
      // Nothing to refuse in the element itself.
    } else if (tag.uri !== SVG) {
      refuse(`${tagName(tag)}, an element from ${tag.uri ? `the namespace ${tag.uri}` : 'no namespace'}`);
    } else if (!ELEMENTS.has(tag.local)) {
      refuse(tagName(tag));
    }
    if (tag.uri === SVG && tag.local === 'style') inStyle++;
    for (const attribute of Object.values(tag.attributes)) {
      const { uri, local, value, name } = attribute;
      if (/^on/i.test(local)) {
        refuse(`an event handler (${name}=)`);
        continue;
      }
      if (uri === XMLNS || name === 'xmlns' || uri === XML) continue;
      if (INERT.has(uri) || INERT.has(tag.uri)) {
        if (/(url|javascript|data)\s*[(:]/i.test(value) && !/^url\(#/i.test(value.trim())) refuse(`${name}="${value.slice(0, 40)}"`);
        continue;
      }
      const allowed =
        (uri === '' && (ATTRIBUTES.has(local) || /^(data|aria)-[a-z0-9-]+$/.test(local))) || (uri === XLINK && (local === 'href' || local === 'title'));
      if (!allowed) {
        refuse(`the attribute ${name}`);
        continue;
      }
      if (local === 'href') {
        const unsafe = unsafeHref(tag.local, value);
        if (unsafe) refuse(unsafe);
      } else if (local === 'style') {
        const unsafe = unsafeCss(value);
        if (unsafe) refuse(unsafe);
      } else if (/url\s*\(|\\/i.test(value)) {
        const unsafe = unsafeCss(value);
        if (unsafe) refuse(unsafe);
      }
    }
  });
  const onText = (value: string) => {
    if (inStyle) styleText += value;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    depth--;
    if (tag.uri === SVG && tag.local === 'style') {
      inStyle--;
      const unsafe = unsafeCss(styleText);
      if (unsafe) refuse(unsafe);
      styleText = '';
    }
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    refuse(`XML that is not well-formed: ${error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+: /, '') : String(error)}`);
  }
  return problem;
}
