#!/usr/bin/env node
// Regenerates fixtures/clean/: human-written French, Brazilian Portuguese and
// European Portuguese prose, used to measure mtlint's false alarms (any
// diagnostic raised on these texts is a false alarm).
//
// Every text comes from a Debian package (bookworm), pinned to an exact
// version below. The script downloads each .deb with `apt-get download`,
// unpacks it with `dpkg-deb -x` into a cache directory outside the repository,
// and extracts prose paragraphs (one paragraph per line, a blank line between
// paragraphs, natural headings kept as short lines). It also rewrites
// fixtures/clean/README.md (sources, licences, word counts).
//
// How to run (from the repository root, on Debian bookworm or a system with
// bookworm's apt sources; needs apt-get and dpkg-deb, and Node >= 20, no npm
// dependencies):
//
//   apt-get update                                  # once, so the pinned versions are known
//   node scripts/clean-texts/extract.mjs            # writes fixtures/clean/
//   node scripts/clean-texts/extract.mjs --check    # verifies fixtures/clean/ is byte-identical
//
// Options:
//   --cache DIR   where .deb files are downloaded and unpacked
//                 (default: $TMPDIR/mtlint-clean-texts, i.e. /tmp/mtlint-clean-texts)
//   --out DIR     output directory (default: fixtures/clean next to this script's repo)
//   --check       do not write; exit 1 if any generated file differs from the one on disk
//   --verbose     print words per source file and write the dropped paragraphs, with the
//                 reason, to CACHE/rejected/*.tsv (useful when changing the filters)
//
// Words are counted as matches of /\p{L}+/gu.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

const PACKAGES = {
  'debian-handbook': {
    version: '11.20220922',
    licence: 'GPL-2+ or CC-BY-SA-3.0 (dual-licensed; see /usr/share/doc/debian-handbook/copyright)',
  },
  'debian-history': {
    version: '2.28',
    licence: 'GPL-2+ (see /usr/share/doc/debian-history/copyright)',
  },
  'lilypond-doc-html-fr': {
    version: '2.24.1-2',
    licence: 'GFDL-1.3+ (LilyPond documentation; see /usr/share/doc/lilypond-doc-html-fr/copyright)',
  },
  'installation-guide-amd64': {
    version: '20230508+deb12u1',
    licence: 'GPL-2 (see /usr/share/doc/installation-guide-amd64/copyright)',
  },
  'debian-edu-doc-pt-pt': {
    version: '2.12.23~deb12u1',
    licence: 'GPL-2+ (see /usr/share/doc/debian-edu-doc-pt-pt/copyright)',
  },
  'focalinux-html': {
    version: '2010-09-3.1',
    licence: 'GFDL-1.1 (see /usr/share/doc/focalinux-html/copyright)',
  },
};

/**
 * Each entry produces one output file.
 *  variant: 'fr' | 'pt-BR' | 'pt-PT'
 *  name:    output file name without extension
 *  pkg:     key of PACKAGES
 *  files:   paths inside the package, concatenated in order; `.html` files go
 *           through extractHtml, `.txt` files through extractPlainText
 *  author:  original author/translator, for the README
 *  options: extractor options (see extractHtml)
 */
const HB = 'usr/share/doc/debian-handbook/html';
const hb = (lang, pages) => pages.map((p) => `${HB}/${lang}/${p}.html`);
const HB_PROJECT = ['the-debian-project', 'sect.foundation-documents', 'sect.follow-debian-news', 'sect.role-of-distributions'];
const HB_INTERNALS = ['sect.debian-internals'];
const HB_CASE = ['sect.release-lifecycle', 'case-study', 'sect.master-plan', 'sect.why-gnu-linux', 'sect.why-debian', 'sect.why-debian-stable', 'conclusion', 'sect.future-of-debian', 'sect.future-of-this-book'];
const HB_FRONT = ['foreword', 'preface', 'sect.who-is-this-book-for', 'sect.selected-approach', 'sect.book-structure', 'sect.acknowledgments'];

const DH = 'usr/share/doc/debian-history';
const LY = 'usr/share/doc/lilypond/html/Documentation/essay';
const LY_OPTS = { skipHeadings: /^Voir aussi$/, rejectParagraph: /^Autres\s+langues\s*:/ }; // cross-references to the reference manual
const IG = 'usr/share/doc/installation-guide-amd64';

const HB_FR = 'Raphaël Hertzog, Roland Mas (the book was first written in French); French translation team for the parts updated in English';
const HB_BR = 'Raphaël Hertzog, Roland Mas; Brazilian Portuguese translators';
const RELEASES_3_FR = /^Les\s+versions\s+3\.x$/;
const RELEASES_3_PT = /^Os\s+Lançamentos\s+3\.x$/;
const EVENTS_FR = /^Événements\s+importants$/;
const EVENTS_PT = /^Eventos\s+Importantes$/;

const SOURCES = [
  // --- Debian Administrator's Handbook (Le cahier de l'administrateur Debian) ---
  { variant: 'fr', name: 'debian-handbook-le-projet', pkg: 'debian-handbook', files: hb('fr-FR', HB_PROJECT), author: HB_FR },
  { variant: 'fr', name: 'debian-handbook-fonctionnement', pkg: 'debian-handbook', files: hb('fr-FR', HB_INTERNALS), author: HB_FR },
  { variant: 'fr', name: 'debian-handbook-etude-de-cas', pkg: 'debian-handbook', files: hb('fr-FR', HB_CASE), author: HB_FR },
  { variant: 'fr', name: 'debian-handbook-avant-propos', pkg: 'debian-handbook', files: hb('fr-FR', HB_FRONT), author: HB_FR },
  { variant: 'pt-BR', name: 'debian-handbook-o-projeto', pkg: 'debian-handbook', files: hb('pt-BR', HB_PROJECT), author: HB_BR },
  { variant: 'pt-BR', name: 'debian-handbook-funcionamento', pkg: 'debian-handbook', files: hb('pt-BR', HB_INTERNALS), author: HB_BR },
  { variant: 'pt-BR', name: 'debian-handbook-estudo-de-caso', pkg: 'debian-handbook', files: hb('pt-BR', HB_CASE), author: HB_BR },
  { variant: 'pt-BR', name: 'debian-handbook-prefacio', pkg: 'debian-handbook', files: hb('pt-BR', HB_FRONT), author: HB_BR },
  // --- A Brief History of Debian (the pt translation is European Portuguese) ---
  { variant: 'fr', name: 'debian-history-introduction', pkg: 'debian-history', files: ['intro', 'leaders', 'releases'].map((p) => `${DH}/docs/${p}.fr.html`), author: 'Debian Documentation Team; French translation' },
  { variant: 'fr', name: 'debian-history-versions-0-2', pkg: 'debian-history', files: [`${DH}/docs/detailed.fr.html`], options: { end: RELEASES_3_FR }, author: 'Debian Documentation Team; French translation' },
  { variant: 'fr', name: 'debian-history-versions-3-9', pkg: 'debian-history', files: [`${DH}/docs/detailed.fr.html`], options: { start: RELEASES_3_FR, end: EVENTS_FR }, author: 'Debian Documentation Team; French translation' },
  { variant: 'fr', name: 'debian-history-evenements-et-dedicaces', pkg: 'debian-history', files: [`${DH}/docs/detailed.fr.html`, `${DH}/dedication/dedication-2.2.fr.txt`, `${DH}/dedication/dedication-5.0.fr.txt`], options: { start: EVENTS_FR }, author: 'Debian Documentation Team, Debian developers; French translation' },
  { variant: 'fr', name: 'debian-history-manifeste', pkg: 'debian-history', files: [`${DH}/docs/manifesto.fr.html`], author: 'Ian Murdock (1994); French translation' },
  { variant: 'pt-PT', name: 'debian-history-introducao', pkg: 'debian-history', files: ['intro', 'leaders', 'releases'].map((p) => `${DH}/docs/${p}.pt.html`), author: 'Debian Documentation Team; Portuguese translation' },
  { variant: 'pt-PT', name: 'debian-history-lancamentos-0-2', pkg: 'debian-history', files: [`${DH}/docs/detailed.pt.html`], options: { end: RELEASES_3_PT }, author: 'Debian Documentation Team; Portuguese translation' },
  { variant: 'pt-PT', name: 'debian-history-lancamentos-3-10', pkg: 'debian-history', files: [`${DH}/docs/detailed.pt.html`], options: { start: RELEASES_3_PT, end: EVENTS_PT }, author: 'Debian Documentation Team; Portuguese translation' },
  { variant: 'pt-PT', name: 'debian-history-eventos-e-dedicatorias', pkg: 'debian-history', files: [`${DH}/docs/detailed.pt.html`, `${DH}/dedication/dedication-5.0.pt.txt`, `${DH}/dedication/dedication-9.0.pt.txt`], options: { start: EVENTS_PT }, author: 'Debian Documentation Team, Debian developers; Portuguese translation' },
  { variant: 'pt-PT', name: 'debian-history-manifesto', pkg: 'debian-history', files: [`${DH}/docs/manifesto.pt.html`], author: 'Ian Murdock (1994); Portuguese translation' },
  // --- LilyPond essay on automated music engraving ---
  { variant: 'fr', name: 'lilypond-essai-histoire-et-gravure', pkg: 'lilypond-doc-html-fr', files: ['music-engraving', 'the-lilypond-story', 'engraving-details'].map((p) => `${LY}/${p}.fr.html`), options: LY_OPTS, author: 'Han-Wen Nienhuys, Jan Nieuwenhuizen et al.; French translation by the LilyPond French team (Jean-Charles Malahieude, Valentin Villenave, …)' },
  { variant: 'fr', name: 'lilypond-essai-gravure-automatisee', pkg: 'lilypond-doc-html-fr', files: ['automated-engraving'].map((p) => `${LY}/${p}.fr.html`), options: LY_OPTS, author: 'Han-Wen Nienhuys, Jan Nieuwenhuizen et al.; French translation by the LilyPond French team' },
  { variant: 'fr', name: 'lilypond-essai-logiciel', pkg: 'lilypond-doc-html-fr', files: ['building-software', 'putting-lilypond-to-work'].map((p) => `${LY}/${p}.fr.html`), options: LY_OPTS, author: 'Han-Wen Nienhuys, Jan Nieuwenhuizen et al.; French translation by the LilyPond French team' },
  // --- Debian installation guide, chapter 1 (European Portuguese) ---
  { variant: 'pt-PT', name: 'installation-guide-bem-vindo', pkg: 'installation-guide-amd64', files: ['ch01', 'ch01s01', 'ch01s02', 'ch01s03', 'ch01s04', 'ch01s05', 'ch01s06', 'ch01s07', 'ch01s08'].map((p) => `${IG}/pt/${p}.html`), author: 'Debian Installer team; Portuguese translation' },
  // --- Debian Edu manual: "about" and "architecture" chapters (the pt-BR manual mixes in pt-PT text: not used) ---
  { variant: 'pt-PT', name: 'debian-edu-manual', pkg: 'debian-edu-doc-pt-pt', files: ['usr/share/doc/debian-edu-doc-pt-pt/debian-edu-bookworm-manual.html'], options: { start: /^Sobre\s+o\s+Debian\s+Edu/, end: /^Opções\s+de\s+instalação/ }, author: 'Debian Edu team; European Portuguese translation' },
  // --- Guia Foca GNU/Linux (written in Brazilian Portuguese) ---
  { variant: 'pt-BR', name: 'focalinux-introducao', pkg: 'focalinux-html', files: ['usr/share/doc/focalinux/html/iniciante/ch-intro.html'], options: { rejectParagraph: /^[^\p{Ll}]+$/u }, author: 'Gleydson Mazioli da Silva (original Brazilian Portuguese text)' },
];

// ---------------------------------------------------------------------------
// HTML parsing
// ---------------------------------------------------------------------------

const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  );
const ENTITIES = {
  quot: 0x22, amp: 0x26, lt: 0x3c, gt: 0x3e, apos: 0x27,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192,
  circ: 0x2c6, tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009,
  zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f, ndash: 0x2013, mdash: 0x2014,
  lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e,
  dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030,
  prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e,
  frasl: 0x2044, euro: 0x20ac, trade: 0x2122, larr: 0x2190, rarr: 0x2192,
};
LATIN1_NAMES.forEach((name, i) => {
  ENTITIES[name] = 0xa0 + i;
});

function decodeEntities(s) {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    if (!(e in ENTITIES)) throw new Error(`unknown HTML entity ${m}`);
    return String.fromCodePoint(ENTITIES[e]);
  });
}

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'param', 'source']);
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

/** Tolerant HTML/XHTML tree builder (enough for DocBook/Publican/texinfo output). */
function parseHtml(html) {
  const root = { tag: '#root', attrs: {}, children: [], parent: null };
  const stack = [root];
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(html))) {
    const top = stack[stack.length - 1];
    if (m[2]) {
      const tag = m[2].toLowerCase();
      if (m[1]) {
        let i = stack.length - 1;
        while (i > 0 && stack[i].tag !== tag) i--;
        if (i > 0) stack.length = i;
        continue;
      }
      const attrs = {};
      for (const a of m[3].matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
        attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      }
      const node = { tag, attrs, children: [], parent: top };
      top.children.push(node);
      if (tag === 'script' || tag === 'style') {
        const end = html.toLowerCase().indexOf(`</${tag}`, TOKEN.lastIndex);
        TOKEN.lastIndex = end < 0 ? html.length : end;
        continue;
      }
      if (!VOID.has(tag) && !/\/\s*$/.test(m[3])) stack.push(node);
    } else if (m[0].startsWith('<![CDATA[')) {
      top.children.push({ tag: '#text', text: m[0].slice(9, -3), parent: top });
    } else if (m[0].startsWith('<!') || m[0].startsWith('<?')) {
      // comment, doctype, processing instruction
    } else {
      top.children.push({ tag: '#text', text: decodeEntities(m[0]), parent: top });
    }
  }
  return root;
}

const classes = (n) => (n.attrs?.class ?? '').split(/\s+/).filter(Boolean);
const hasClass = (n, c) => classes(n).includes(c);
function* walk(n) {
  yield n;
  for (const c of n.children ?? []) yield* walk(c);
}
const rawText = (n) => (n.tag === '#text' ? n.text : (n.children ?? []).map(rawText).join(''));

// ---------------------------------------------------------------------------
// Paragraph filters
// ---------------------------------------------------------------------------

// Function words that do not exist (as words) in French or Portuguese.
const ENGLISH = new Set(
  'the of and to is that with for are was this which be by from has have its it would will their they these were been can into about when what there but not or an at we you your our been than such how who'.split(
    ' ',
  ),
);
const NATIVE = {
  fr: new Set('le la les de des du et est un une que qui dans pour pas sur au aux il elle en ce se sont avec par plus ou son sa ses ne'.split(' ')),
  pt: new Set('o a os as de do da dos das e é um uma que em no na nos nas para com não por se mais ao pelo pela foi ser'.split(' ')),
};
// Short English words that are not French (resp. Portuguese) words either.
const ENGLISH_EXTRA = { fr: new Set(['in', 'using', 'here']), pt: new Set(['on', 'in', 'using', 'here', 'select']) };
const ENGLISH_MONTH = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;
const lang = (variant) => (variant === 'fr' ? 'fr' : 'pt');
const words = (s) => s.match(/\p{L}+/gu) ?? [];

function englishScore(text, variant) {
  let en = 0;
  let native = 0;
  for (const w of words(text)) {
    const lw = w.toLowerCase();
    if (ENGLISH.has(lw) || ENGLISH_EXTRA[lang(variant)].has(lw)) en++;
    if (NATIVE[lang(variant)].has(lw)) native++;
  }
  return { en, native };
}

/** Headings: kept unless they look English (an English month, or at least as many English as native function words). */
function rejectHeading(text, variant) {
  const { en, native } = englishScore(text, variant);
  if (ENGLISH_MONTH.test(text) || (en >= 1 && en >= native)) return 'english-heading';
  return null;
}

/** Returns a reason string if the paragraph must be dropped, else null. */
function rejectText(text, variant, minWords) {
  const n = words(text).length;
  if (n < 3 || (n < minWords && !/[.!?…]$/.test(text))) return 'short';
  if (/https?:|ftp:|www\.|mailto:/i.test(text)) return 'url';
  if (/\S+@\S+\.\w/.test(text)) return 'email';
  if (/(^|[\s("'«“])(~|\.{1,2})?\/[\w.-]+\/?/.test(text)) return 'path';
  if (/^[$#>%] /.test(text)) return 'prompt';
  if (/^(Voir aussi|Veja também|Ver também)\b/.test(text) && n < 15) return 'see-also'; // bare cross-reference
  if (!/[.!?…»”"')]$/.test(text)) return 'unterminated'; // captions, or sentences cut by a removed example
  if (/^\p{Ll}/u.test(text) && !/^[\p{Ll}\p{N}]+-[\p{Ll}\p{N}-]+\b|^buildd\b/u.test(text)) return 'lowercase-start'; // continues a removed example
  if (/[:;,]$/.test(text)) return 'introduces-removed-content';
  if (/[{}<>\\]|\[\d+\]/.test(text)) return 'code-or-marker';
  if (/\s[.,](\s|$)|,,|(?<!\.)\.\.(?!\.)|\(\s*\)/.test(text)) return 'defect'; // text lost in the source itself
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) return 'defect';
  if (ENGLISH_MONTH.test(text)) return 'english-month';
  const { en, native } = englishScore(text, variant);
  if (native === 0) return 'no-native-word';
  if (en >= 1 && en * 2 >= native) return 'english';
  if (en >= 4) return 'english-fragment';
  return null;
}

const normalize = (s) => s.replace(/[ \t\r\n\f]+/g, ' ').trim();

// ---------------------------------------------------------------------------
// Extractors
// ---------------------------------------------------------------------------

/**
 * HTML extractor. Paragraphs are <p> and Publican's <div class="para">;
 * headings are <h1>..<h4>. Options:
 *  skipAncestors(node) -> true to ignore everything inside node
 *  dropInline(node)     -> true if a paragraph containing node must be dropped
 *  removeInline(node)   -> true if node is removed from the paragraph text (footnote markers)
 *  start / end          -> RegExp on heading text delimiting the kept range (start included, end excluded)
 *  skipHeadings         -> RegExp: headings matching it (and their section) are skipped
 *  minWords             -> minimum words per paragraph (default 6)
 *  keepHeadingNumbers   -> keep "1.2.3." prefixes on headings (default: stripped)
 */
const DEFAULT_SKIP = (n) =>
  ['table', 'pre', 'ul', 'ol', 'dl', 'li', 'script', 'style', 'head', 'nav', 'form', 'code'].includes(n.tag) ||
  ['navheader', 'navfooter', 'docnav', 'toc', 'footnote', 'footnotes', 'legalnotice', 'programlisting', 'screen', 'example', 'figure', 'mediaobject', 'literallayout', 'table', 'informaltable', 'calloutlist', 'itemizedlist', 'orderedlist', 'variablelist', 'glosslist', 'segmentedlist', 'example-contents'].some((c) => hasClass(n, c));
const DEFAULT_DROP = (n) => {
  if (['code', 'tt', 'kbd', 'samp', 'var', 'pre', 'img', 'input', 'math'].includes(n.tag)) {
    // Publican renders program and package names as <code class="command">:
    // a bare name (dpkg, debian-installer) is ordinary technical prose.
    if (n.tag === 'code' && (hasClass(n, 'command') || hasClass(n, 'pkg')) && isBareName(rawText(n))) return false;
    return true;
  }
  if (['command', 'package', 'pkg', 'application', 'systemitem'].some((c) => hasClass(n, c))) return !isBareName(rawText(n));
  return ['filename', 'literal', 'userinput', 'computeroutput', 'option', 'replaceable', 'varname', 'parameter', 'function', 'envar', 'prompt', 'keycap', 'guimenu', 'guibutton', 'footnote'].some((c) => hasClass(n, c));
};
const isBareName = (s) => /^[\p{L}\p{N}][\p{L}\p{N}.+_-]*$/u.test(s.trim());
const DEFAULT_REMOVE = (n) => n.tag === 'sup' || (n.tag === 'a' && (hasClass(n, 'footnote') || hasClass(n, 'indexterm')));

function extractHtml(html, variant, opts = {}) {
  const root = parseHtml(html);
  const skip = (n) => DEFAULT_SKIP(n) || (opts.skipAncestors?.(n) ?? false);
  const drop = (n) => DEFAULT_DROP(n) || (opts.dropInline?.(n) ?? false);
  const remove = (n) => DEFAULT_REMOVE(n) || (opts.removeInline?.(n) ?? false);
  const minWords = opts.minWords ?? 6;
  const out = [];
  const rejected = [];
  let inRange = !opts.start;
  let skipLevel = 0; // >0: skipping a section whose heading level is skipLevel
  let pending = []; // headings waiting for a paragraph: [level, text]

  const inlineText = (n) => {
    if (n.tag === '#text') return n.text;
    if (n.tag === 'br') return ' ';
    if (remove(n)) return '';
    return n.children.map(inlineText).join('');
  };

  const visit = (n) => {
    if (n.tag === '#text') return;
    if (n.tag !== '#root' && hasClass(n, 'titlepage')) {
      // DocBook puts section headings inside div.titlepage; keep only those.
      for (const d of walk(n)) if (/^h[1-6]$/.test(d.tag)) visit(d);
      return;
    }
    if (n.tag !== '#root' && skip(n) && !/^h[1-6]$/.test(n.tag)) return;
    const hm = /^h([1-6])$/.exec(n.tag);
    if (hm) {
      const level = Number(hm[1]);
      let text = normalize(inlineText(n));
      if (!opts.keepHeadingNumbers) {
        text = text
          .replace(/^(Chapitre|Capítulo|Chapter|Appendix|Annexe|Apêndice|Anexo)\s+[\dA-Z]+\.\s*/, '')
          .replace(/^([\dA-Z]+(\.\d+)*\.?)\s+(?=\p{L})/u, '');
      }
      if (opts.start && !inRange && opts.start.test(text)) inRange = true;
      else if (opts.end && inRange && opts.end.test(text)) inRange = false;
      if (skipLevel && level <= skipLevel) skipLevel = 0;
      if (opts.skipHeadings?.test(text)) skipLevel = level;
      pending = pending.filter(([l]) => l < level);
      const hbad = text ? rejectHeading(text, variant) : 'empty';
      if (hbad) rejected.push(`${hbad}\t${text}`);
      else if (inRange && !skipLevel) pending.push([level, text]);
      return;
    }
    const isPara = n.tag === 'p' || (n.tag === 'div' && hasClass(n, 'para'));
    if (isPara) {
      if (!inRange || skipLevel) return;
      // A paragraph that contains block content is handled through its children.
      if (n.children.some((c) => ['p', 'div', 'ul', 'ol', 'pre', 'table', 'dl', 'blockquote'].includes(c.tag))) {
        n.children.forEach(visit);
        return;
      }
      let bad = null;
      for (const d of walk(n)) {
        if (d !== n && d.tag !== '#text' && !remove(d) && drop(d)) bad = `inline:${d.tag}.${classes(d).join('.')}`;
      }
      const text = normalize(inlineText(n));
      if (!text) return;
      bad ??= rejectText(text, variant, minWords);
      if (!bad && opts.rejectParagraph?.test(text)) bad = 'manual';
      if (bad) {
        rejected.push(`${bad}\t${text}`);
        return;
      }
      for (const [, h] of pending) out.push(h);
      pending = [];
      out.push(text);
      return;
    }
    n.children.forEach(visit);
  };
  visit(root);
  return { paragraphs: out, rejected };
}

/**
 * Hard-wrapped plain text: paragraphs are separated by blank lines. Short
 * unpunctuated paragraphs are headings; underlines, signatures ("-- …") and
 * list items are dropped.
 */
function extractPlainText(text, variant, opts) {
  const out = [];
  const rejected = [];
  let pending = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((l) => !/^\s*[-=~*]{3,}\s*$/.test(l));
    const para = normalize(lines.join(' '));
    if (!para) continue;
    if (/^(--|\*|-\s)/.test(para)) {
      rejected.push(`furniture\t${para}`);
      continue;
    }
    if (words(para).length < 8 && !/[.!?…»”"]$/.test(para)) {
      pending = [para];
      continue;
    }
    const bad = rejectText(para, variant, opts.minWords ?? 6);
    if (bad) {
      rejected.push(`${bad}\t${para}`);
      continue;
    }
    out.push(...pending, para);
    pending = [];
  }
  return { paragraphs: out, rejected };
}

// ---------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args = {
    cache: path.join(os.tmpdir(), 'mtlint-clean-texts'),
    out: path.resolve(here, '..', '..', 'fixtures', 'clean'),
    check: false,
    verbose: false,
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cache') args.cache = path.resolve(argv[++i]);
    else if (a === '--out') args.out = path.resolve(argv[++i]);
    else if (a === '--check') args.check = true;
    else if (a === '--verbose') args.verbose = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

function unpack(pkg, cache) {
  const { version } = PACKAGES[pkg];
  const dir = path.join(cache, `${pkg}_${version}`);
  if (fs.existsSync(path.join(dir, '.done'))) return dir;
  const debs = path.join(cache, 'debs');
  fs.mkdirSync(debs, { recursive: true });
  const safeVersion = version.replace(/:/g, '%3a');
  let deb = fs.readdirSync(debs).find((f) => f.startsWith(`${pkg}_${safeVersion}_`) && f.endsWith('.deb'));
  if (!deb) {
    try {
      execFileSync('apt-get', ['download', `${pkg}=${version}`], { cwd: debs, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (e) {
      throw new Error(`apt-get download ${pkg}=${version} failed (run 'apt-get update' first; the version is pinned to Debian bookworm)`);
    }
    deb = fs.readdirSync(debs).find((f) => f.startsWith(`${pkg}_${safeVersion}_`) && f.endsWith('.deb'));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('dpkg-deb', ['-x', path.join(debs, deb), dir]);
  fs.writeFileSync(path.join(dir, '.done'), '');
  return dir;
}

/** Reads a file as UTF-8, or as ISO-8859-1 when it is not valid UTF-8 (older Debian docs). */
function readSource(dir, file) {
  const buf = fs.readFileSync(path.join(dir, file));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return buf.toString('latin1');
  }
}

function render(paragraphs) {
  return paragraphs.join('\n\n') + '\n';
}

function main() {
  const args = parseArgs(process.argv);
  const results = [];
  for (const src of SOURCES) {
    const dir = unpack(src.pkg, args.cache);
    const paragraphs = [];
    const rejected = [];
    for (const file of src.files) {
      const text = readSource(dir, file);
      const extract = file.endsWith('.txt') ? extractPlainText : extractHtml;
      const r = extract(text, src.variant, src.options ?? {});
      if (args.verbose) console.log(`        ${words(r.paragraphs.join(' ')).length} ${file}`);
      paragraphs.push(...r.paragraphs);
      rejected.push(...r.rejected.map((x) => `${file}\t${x}`));
    }
    const content = render(paragraphs);
    results.push({ src, content, words: words(content).length, rejected });
  }

  const files = new Map();
  for (const r of results) files.set(path.join(r.src.variant, `${r.src.name}.txt`), r.content);
  files.set('README.md', readme(results));

  let differ = 0;
  // .txt files left over from an earlier source list
  for (const variant of ['fr', 'pt-BR', 'pt-PT']) {
    const dir = path.join(args.out, variant);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) {
      const rel = path.join(variant, f);
      if (!f.endsWith('.txt') || files.has(rel)) continue;
      if (args.check) {
        console.error(`not generated: ${rel}`);
        differ++;
      } else {
        fs.rmSync(path.join(dir, f));
      }
    }
  }
  for (const [rel, content] of files) {
    const p = path.join(args.out, rel);
    if (args.check) {
      const cur = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
      if (cur !== content) {
        console.error(`differs: ${rel}`);
        differ++;
      }
    } else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    }
  }
  if (args.verbose) {
    for (const r of results) {
      fs.mkdirSync(path.join(args.cache, 'rejected'), { recursive: true });
      fs.writeFileSync(path.join(args.cache, 'rejected', `${r.src.variant}-${r.src.name}.tsv`), r.rejected.join('\n') + '\n');
    }
  }
  for (const r of results) console.log(`${String(r.words).padStart(6)}  ${r.src.variant}/${r.src.name}.txt`);
  if (args.check) {
    if (differ) {
      console.error(`${differ} file(s) differ from the generated output`);
      process.exit(1);
    }
    console.log('fixtures/clean is up to date');
  }
}

const VARIANT_TITLES = { fr: 'French (`fr/`)', 'pt-BR': 'Brazilian Portuguese (`pt-BR/`)', 'pt-PT': 'European Portuguese (`pt-PT/`)' };

function readme(results) {
  const L = [];
  L.push('# Clean human-written prose (false-alarm fixtures)');
  L.push('');
  L.push('Human-written French, Brazilian Portuguese and European Portuguese prose, used to measure');
  L.push("mtlint's false alarms: any diagnostic raised on these texts counts as a false alarm.");
  L.push('');
  L.push('**Generated file, do not edit by hand.** Every `.txt` file and this README are produced by');
  L.push('`scripts/clean-texts/extract.mjs` from Debian bookworm packages pinned to exact versions:');
  L.push('');
  L.push('```sh');
  L.push('apt-get update                                # once, so that apt knows the pinned versions');
  L.push('node scripts/clean-texts/extract.mjs          # downloads (apt-get download), unpacks (dpkg-deb -x) under /tmp, regenerates fixtures/clean/');
  L.push('node scripts/clean-texts/extract.mjs --check  # exits 1 if fixtures/clean/ differs from a fresh extraction');
  L.push('```');
  L.push('');
  L.push('## Format and extraction rules');
  L.push('');
  L.push('- Plain UTF-8, one paragraph per line, a blank line between paragraphs. Headings are kept as their own');
  L.push('  short lines, without their section numbers ("1.2.3.", "Chapitre 1.").');
  L.push('- Only prose paragraphs are kept. Dropped: navigation, tables of contents, lists, tables, code and');
  L.push('  screen listings, examples, figures and captions, footnotes and footnote markers, index anchors;');
  L.push('  whole paragraphs that contain inline code, file names, commands with arguments, URLs, e-mail');
  L.push('  addresses or file paths; paragraphs that end with a colon (they introduce a removed list or');
  L.push('  example) or start in lower case (they continue one); paragraphs left untranslated in English or');
  L.push('  with English leaks (English function words or month names); paragraphs where the source itself');
  L.push('  lost text (" .", ",,", empty or unbalanced parentheses); bare "see also" cross-references.');
  L.push('- Text is otherwise byte-for-byte what the source renders: typography (« », curly or straight');
  L.push('  apostrophes and quotes, non-breaking spaces, dashes) is untouched, HTML entities are decoded, HTML');
  L.push('  whitespace runs are collapsed to one space, and ISO-8859-1 sources are converted to UTF-8.');
  L.push('- Paragraphs are dropped, never cut, so the kept ones are complete; consecutive lines are not always');
  L.push('  consecutive in the source.');
  L.push('- The translations are human work, but not all of them are perfectly edited: the older European');
  L.push('  Portuguese translation of *A Brief History of Debian* (pre-1990-agreement spelling: "projecto",');
  L.push('  "actualização") and the Guia Foca (informal Brazilian Portuguese, 1999–2010) keep their occasional');
  L.push('  typos. A diagnostic on such a typo is still worth a look before counting it as a false alarm.');
  L.push('');
  L.push('Words are counted as matches of `/\\p{L}+/gu`.');
  L.push('');
  const totals = {};
  for (const variant of ['fr', 'pt-BR', 'pt-PT']) {
    const rs = results.filter((r) => r.src.variant === variant);
    totals[variant] = rs.reduce((a, r) => a + r.words, 0);
    L.push(`## ${VARIANT_TITLES[variant]}: ${totals[variant]} words in ${rs.length} files`);
    L.push('');
    L.push('| File | Words | Debian package (version) | Files in the package | Author / translator | Licence |');
    L.push('| --- | ---: | --- | --- | --- | --- |');
    for (const r of rs) {
      const pkg = PACKAGES[r.src.pkg];
      const ranged = r.src.options?.start || r.src.options?.end;
      const files = r.src.files
        .map((f) => '`/' + f + '`' + (ranged && f.endsWith('.html') ? ` (${describeRange(r.src.options)})` : ''))
        .join('<br>');
      L.push(`| \`${variant}/${r.src.name}.txt\` | ${r.words} | ${r.src.pkg} (${pkg.version}) | ${files} | ${r.src.author} | ${pkg.licence} |`);
    }
    L.push('');
  }
  L.push('## Totals');
  L.push('');
  L.push('| Variant | Files | Words |');
  L.push('| --- | ---: | ---: |');
  for (const variant of ['fr', 'pt-BR', 'pt-PT']) {
    L.push(`| ${variant} | ${results.filter((r) => r.src.variant === variant).length} | ${totals[variant]} |`);
  }
  L.push('');
  L.push('## Notes on the sources');
  L.push('');
  for (const note of NOTES) L.push(`- ${note}`);
  L.push('');
  return L.join('\n');
}

function describeRange(o) {
  const re = (r) => r.source.replace(/\\s\+/g, ' ').replace(/\\/g, '').replace(/^\^|\$$/g, '');
  if (o.start && o.end) return `from the heading “${re(o.start)}” to the heading “${re(o.end)}”, excluded`;
  if (o.start) return `from the heading “${re(o.start)}”`;
  return `up to the heading “${re(o.end)}”, excluded`;
}

const NOTES = [
  "*Le cahier de l'administrateur Debian* was first written in French by Raphaël Hertzog and Roland Mas; the English *Debian Administrator's Handbook* is its translation, and later editions are written in English and translated back. The French HTML of edition 11 still has untranslated English paragraphs: they are dropped, which is why some French handbook files skip from one topic to the next.",
  'The `pt` translation of *A Brief History of Debian* (debian-history) is European Portuguese (utilizador, ficheiro, equipa, projecto). Its dedications (`dedication-*.pt.txt`) are European Portuguese as well; the `pt_BR` dedications (about 430 words) were left out because they are too short for a file of their own.',
  'The European Portuguese installation guide (`installation-guide-amd64`, directory `pt/`) and Debian Edu manual (`debian-edu-doc-pt-pt`) use current European Portuguese spelling and vocabulary (1990 agreement: projeto, seleção, respetivo; and secção, controlo, ecrã, registo, utilizador).',
  'The Guia Foca GNU/Linux was written in Brazilian Portuguese by Gleydson Mazioli da Silva (ISO-8859-1 HTML, converted to UTF-8). Its "Software Livre" section quotes a Brazilian translation of a Richard Stallman essay.',
  'Not used: `debian-edu-doc-pt-br` (its Brazilian manual still mixes in European Portuguese sentences: utilizador, secção), `debian-reference-pt-br` (same text as the European `debian-reference-pt`), `gnome-user-docs` `pt` (a mix of Brazilian and European forms), `lilypond-doc-html-pt` (recent Brazilian translation with machine-translation traces, e.g. "Plano de fundo" for the essay *Background*), `fortunes-br` (jokes and quotations, poorly edited, often crude).',
  'No European Portuguese general prose (news, essays, literature) could be found in the Debian or npm packages: the pt-PT set is documentation prose plus the project history, the 1994 Debian Manifesto and the dedications/obituaries, which carry names, places, dates and numbers.',
];

main();
