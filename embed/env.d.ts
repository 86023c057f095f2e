// custom-elements.json is generated (`cem analyze`, gitignored): typed here so that a checkout
// without it still type-checks; embed/options.ts reads it through its own Manifest type.
declare module '*/custom-elements.json' {
  const manifest: unknown;
  export default manifest;
}
