import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Named {
  name: string;
}
interface Declaration {
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/*
 * Storybook keys its args table by name, so a CSS part called `label` or `source` would replace
 * the `label` and `source` attributes (the parts keep those names for ::part()). Show parts as
 * `::part(label)` in the table instead.
 */
function separatePartsFromAttributes(m: Manifest): Manifest {
  for (const mod of m.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      for (const part of decl.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return m;
}

setCustomElementsManifest(separatePartsFromAttributes(structuredClone(manifest) as Manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
};
export default preview;
