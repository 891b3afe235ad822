/**
 * The design tokens' values as plain CSS declarations, shared by the Lit components
 * (`tokens.styles.ts`) and the script-tag loader's launcher, which has no Lit.
 */

/** Identity tag, so the build's template minifier shrinks these strings as it does Lit's `css`. */
const css = String.raw;

/**
 * The light theme: every `--helpdock-*` custom property a host page may set, mapped to a private
 * `--_*` property, so the dark theme can change defaults without overriding the page's choices.
 */
export const lightPalette = css`
  --_accent: var(--helpdock-accent, #4338ca);
  --_accent-contrast: var(--helpdock-accent-contrast, #ffffff);
  --_font: var(--helpdock-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
  --_radius: var(--helpdock-radius, 16px);
  --_bg: var(--helpdock-background, #ffffff);
  --_fg: var(--helpdock-foreground, #111827);
  --_muted: var(--helpdock-muted, #4b5563);
  --_border: var(--helpdock-border, #d1d5db);
  --_surface: var(--helpdock-surface, #f3f4f6);
  --_agent-bg: var(--helpdock-agent-bubble, #eef2ff);
  --_error: var(--helpdock-error, #b91c1c);
  --_focus: var(--helpdock-focus-ring, #2563eb);
  --_shadow: var(--helpdock-shadow, 0 12px 40px rgb(0 0 0 / 0.18));
`;

/** The dark theme's defaults, for `theme="dark"` and for `theme="auto"` on a dark system. */
export const darkPalette = css`
  --_accent: var(--helpdock-accent, #818cf8);
  --_accent-contrast: var(--helpdock-accent-contrast, #0b1020);
  --_bg: var(--helpdock-background, #111827);
  --_fg: var(--helpdock-foreground, #f3f4f6);
  --_muted: var(--helpdock-muted, #cbd5e1);
  --_border: var(--helpdock-border, #374151);
  --_surface: var(--helpdock-surface, #1f2937);
  --_agent-bg: var(--helpdock-agent-bubble, #1e1b4b);
  --_error: var(--helpdock-error, #fca5a5);
  --_focus: var(--helpdock-focus-ring, #93c5fd);
`;

/**
 * The round launcher button (class `launcher`), drawn by the bubble and, until the bubble has
 * loaded, by the script-tag loader: one look for both, so the handover does not flicker.
 */
export const launcherRules = css`
  .launcher {
    position: relative;
    inline-size: 60px;
    block-size: 60px;
    border-radius: 50%;
    border: none;
    background: var(--_accent);
    color: var(--_accent-contrast);
    box-shadow: var(--_shadow);
    display: grid;
    place-items: center;
    transition: transform 160ms ease;
  }
  .launcher:hover {
    transform: scale(1.05);
  }
  .launcher svg {
    inline-size: 28px;
    block-size: 28px;
  }
  @media (prefers-reduced-motion: reduce) {
    .launcher {
      transition: none;
    }
    .launcher:hover {
      transform: none;
    }
  }
`;
