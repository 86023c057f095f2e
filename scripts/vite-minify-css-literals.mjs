// Vite plugin: minifies the CSS inside css`...` literals of src/**/*.ts at build time (Lit keeps
// template text as written, so indentation and comments would ship): the styles files, and the
// few modules that carry their own look (the Download menu, the data states, the board). Quoted
// strings are kept verbatim; ${...} interpolations are left alone (css literals interpolate only
// other css results, never text containing a backtick).
export function minifyCssText(text) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      const end = text.indexOf(ch, i + 1);
      const stop = end === -1 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const prev = out[out.length - 1];
      const next = text[i];
      // keep one space only where it separates two tokens (descendant combinators, values); never
      // around + - ~ (calc() needs them) or before a colon (`.a :hover` differs from `.a:hover`)
      if (prev !== undefined && next !== undefined && !'{};:,>('.includes(prev) && !'{};,>)!'.includes(next)) out += ' ';
    } else {
      if (ch === '}' && out.endsWith(';')) out = out.slice(0, -1);
      out += ch;
      i++;
    }
  }
  return out;
}

export function minifyCssLiterals() {
  return {
    name: 'dtm-minify-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_, body) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return 'css`' + parts.map((p) => (p.startsWith('${') ? p : minifyCssText(p))).join('') + '`';
      });
      return { code: out, map: null };
    },
  };
}
