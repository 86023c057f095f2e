/** What each snippet is for: which CMS and which role can paste it. Shown beside each snippet. */
import type { SnippetKind } from './snippets.js';

export interface SnippetHelp {
  readonly title: string;
  readonly when: string;
}

const HELP: Record<SnippetKind, SnippetHelp> = {
  module: {
    title: 'Web component, module script',
    when: 'For pages where you may write HTML with scripts: a static site, a WordPress administrator (unfiltered HTML) or a Drupal "Full HTML" block. Smallest download; text a search engine and a screen reader read in the page.',
  },
  classic: {
    title: 'Web component, classic script',
    when: 'The same, for CMSs and tag managers that strip type="module". The integrity hash makes the browser refuse a changed file.',
  },
  iframe: {
    title: 'iframe',
    when: 'For CMSs that allow an iframe but no script: Drupal (iframe allowed in the text format), SharePoint Online\'s Embed web part (add the host to HTML Field Security), Squarespace, Wix. Fixed height: the tallest language in the preview.',
  },
  'iframe-resize': {
    title: 'iframe that sizes itself',
    when: 'The same iframe with embed.js, for CMSs that allow one script beside it (Drupal Full HTML, Ghost, Webflow): the iframe follows its content when the widget grows or shrinks.',
  },
  div: {
    title: 'div (WordPress authors and editors)',
    when: 'For WordPress users without unfiltered_html (authors; everyone but super-admins on multisite): WordPress removes scripts, iframes and custom elements from their posts but keeps a div with data-* attributes. Works once the site has the library script.',
  },
};

export const snippetHelp = (kind: SnippetKind): SnippetHelp => HELP[kind];
