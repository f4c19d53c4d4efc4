// A page's icon in the navigation or a page link: an emoji, or a Material
// shortcode `:material/name:`, drawn from the bundled Material Symbols font
// (Note [Icon font] in styles.css).

import type { JSX } from "preact";

export function NavIcon({ icon }: { icon: string | null }): JSX.Element | null {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) {
    return (
      <span class="wl-nav-icon wl-material-icon wl-nav-icon-material" data-testid="stIconMaterial" translate={false} aria-hidden="true">
        {material[1]}
      </span>
    );
  }
  return (
    <span class="wl-nav-icon" data-testid="stIconEmoji" aria-hidden="true">
      {icon}
    </span>
  );
}
