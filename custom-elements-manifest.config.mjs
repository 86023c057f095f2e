// Generates custom-elements.json from the JSDoc on each element class (attributes, events, parts,
// CSS custom properties). Storybook's controls and docs and the README reference read it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
