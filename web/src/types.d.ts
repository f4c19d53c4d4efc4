// Types for untyped modules the web code imports.

declare module "markdown-it-emoji/lib/data/full.mjs" {
  /** Shortcode name (without colons) -> emoji. */
  const map: Readonly<Record<string, string>>;
  export default map;
}
