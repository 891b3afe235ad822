import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { followSiteLauncher, type SiteLauncher } from './site-launcher.js';

/** The element whose panel the site's own launcher elements open and close. */
export interface SiteLauncherHost extends ReactiveControllerHost, HTMLElement {
  /** CSS selector of the site's launcher elements; empty: the element draws its own launcher. */
  launcher: string;
  /** Whether the panel is open. */
  open: boolean;
  /** Opens or closes the panel. */
  toggle(): void;
}

/**
 * The bubble's `launcher` attribute as a Lit reactive controller: follows the site's elements
 * matching it while the bubble is on the page and keeps their `aria-expanded` in step.
 */
export class SiteLauncherController implements ReactiveController {
  private site: SiteLauncher | null = null;
  private selector = '';
  private expanded: boolean | null = null;

  constructor(private readonly host: SiteLauncherHost) {
    host.addController(this);
  }

  /** The site's launcher element used last, else its first (focus returns there when the panel closes). */
  get lastUsed(): HTMLElement | null {
    return this.site?.lastUsed ?? null;
  }

  /** Follows the elements matching the selector the host has now (if it changed) and marks them. */
  hostUpdated(): void {
    if (this.host.launcher !== this.selector) {
      this.stop();
      this.selector = this.host.launcher;
      this.site = this.selector
        ? followSiteLauncher(this.host.ownerDocument, this.selector, { activate: () => this.host.toggle() })
        : null;
    }
    if (this.site && this.expanded !== this.host.open) {
      this.expanded = this.host.open;
      this.site.setExpanded(this.host.open);
    }
  }

  /** Stops following (the bubble left the page); {@link hostUpdated} starts again when it returns. */
  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.site?.stop();
    this.site = null;
    this.selector = '';
    this.expanded = null;
  }
}
