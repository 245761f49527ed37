// A streaming tokenizer for the well-formed XML inside OOXML parts: tags, attributes and text.
// Linear regular expressions only; entities decoded; comments, processing instructions and CDATA handled.

export type XmlToken =
  | { readonly kind: 'open' | 'empty'; readonly name: string; readonly attrs: Readonly<Record<string, string>> }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>|([^<]+)/g;
const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return NAMED[body] ?? whole;
  });
}

function safeCodePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

export function* tokenizeXml(xml: string): Generator<XmlToken> {
  for (const m of xml.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      yield { kind: 'text', text: m[1] };
    } else if (m[3] !== undefined) {
      if (m[2] === '/') {
        yield { kind: 'close', name: m[3] };
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? '').matchAll(ATTR)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
      yield { kind: m[5] === '/' ? 'empty' : 'open', name: m[3], attrs };
    } else if (m[6] !== undefined) {
      yield { kind: 'text', text: decodeEntities(m[6]) };
    }
  }
}
