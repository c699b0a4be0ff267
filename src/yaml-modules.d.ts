// YAML data files are converted to plain JSON objects at build time (scripts/build.mjs).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
