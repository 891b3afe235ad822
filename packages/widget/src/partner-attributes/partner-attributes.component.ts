import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import type { PartnerAttributes } from '@helpdock/sdk/schemas';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { errorMessageKey } from '../core/errors.js';
import type { FieldError } from '../core/validation.js';
import { dispatchHelpdockEvent, type PartnerAttributesEventDetails } from '../events.js';
import {
  loadLocale,
  type MessageKey,
  type PartnerMessageKey,
  type PartnerTranslate,
  partnerTranslator,
  resolveLocale,
} from '../i18n/index.js';
import { controls } from '../styles/controls.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { defineElement } from '../views/shared/light-element.js';
import { partnerAttributesStyles } from './partner-attributes.styles.js';
import {
  emptyForm,
  formFrom,
  type PartnerField,
  type PartnerFormState,
  partnerUpdate,
  validatePartnerForm,
} from './partner-form.js';

/**
 * Partner settings form (seed 004): choose partners (Chotot, WhatsApp), see saved values read-only
 * with an Edit toggle, fill in each partner's fields, Save or "Skip for now". The WhatsApp system
 * token is a password field that is never shown back: the form only says whether one is set.
 *
 * Give it the API origin and the signed-in user's access token (a property, never an attribute,
 * so the token stays out of the DOM).
 *
 * @tag helpdock-partner-attributes
 *
 * @fires helpdock:partner-attributes-saved - Saved; `detail.attributes` is the stored state.
 * @fires helpdock:partner-attributes-skipped - The user chose "Skip for now".
 *
 * @csspart form - The edit form.
 * @csspart summary - The read-only view.
 * @csspart save - The Save button.
 * @csspart skip - The "Skip for now" button.
 * @csspart edit - The Edit button.
 *
 * @example
 * ```html
 * <helpdock-partner-attributes api-base="https://support.example.com"></helpdock-partner-attributes>
 * <script type="module">
 *   document.querySelector('helpdock-partner-attributes').accessToken = session.accessToken;
 * </script>
 * ```
 */
export class HelpdockPartnerAttributes extends LitElement {
  /** Constructable stylesheets (CSP-safe): design tokens, form controls, form layout. */
  static override styles = [tokens, controls, partnerAttributesStyles];

  /** Origin of the Helpdock API (default: the page's origin). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The signed-in user's access token (property only). */
  @property({ attribute: false }) accessToken = '';
  /** Language of the texts; default: the page's `lang` or the browser's. */
  @property() locale = '';
  /** Colour scheme: `light` (default), `dark` or `auto`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  @state() private saved: PartnerAttributes | null = null;
  @state() private loading = false;
  @state() private saving = false;
  @state() private editing = false;
  @state() private form: PartnerFormState = emptyForm();
  @state() private errors: Partial<Record<PartnerField, FieldError>> = {};
  @state() private notice: MessageKey | null = null;
  @state() private savedMessage = false;

  private t: PartnerTranslate = partnerTranslator('en');

  /** Reloads the saved attributes (done automatically when `accessToken` or `apiBase` changes). */
  async load(): Promise<void> {
    if (!this.accessToken) return;
    this.loading = true;
    this.notice = null;
    try {
      this.saved = await this.client().profile.attributes.retrieve();
      this.editing = !this.saved.chotot && !this.saved.whatsapp;
      this.form = formFrom(this.saved);
    } catch (error) {
      this.notice = errorMessageKey(error);
    } finally {
      this.loading = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) {
      const locale = resolveLocale(this.locale || document.documentElement.lang || navigator.language);
      this.t = partnerTranslator(locale);
      void loadLocale(locale).then(() => {
        this.t = partnerTranslator(locale);
        this.requestUpdate();
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('accessToken') || changed.has('apiBase')) && this.accessToken) void this.load();
  }

  protected override render(): TemplateResult {
    return html`<section aria-labelledby="partner-title" aria-busy=${this.loading ? 'true' : 'false'}>
      <h2 id="partner-title">${this.t('partnerTitle')}</h2>
      ${this.notice ? html`<p class="notice" role="alert">${this.t(this.notice)}</p>` : nothing}
      ${this.savedMessage ? html`<p class="success" role="status">${this.t('saved')}</p>` : nothing}
      ${
        !this.accessToken
          ? html`<p class="hint">${this.t('signInRequired')}</p>`
          : this.loading
            ? html`<p role="status">${this.t('loading')}</p>`
            : this.editing
              ? this.renderForm()
              : this.renderSummary()
      }
    </section>`;
  }

  private renderSummary(): TemplateResult {
    const { chotot, whatsapp } = this.saved ?? { chotot: null, whatsapp: null };
    const row = (label: PartnerMessageKey, value: string): TemplateResult =>
      html`<dt>${this.t(label)}</dt>
        <dd>${value}</dd>`;
    return html`<div part="summary" class="summary">
      <h3>${this.t('partnerChotot')}</h3>
      ${
        chotot
          ? html`<dl>${row('chototId', chotot.chotot_id)} ${row('chototOid', chotot.chotot_oid)}</dl>`
          : html`<p class="hint">${this.t('notConfigured')}</p>`
      }
      <h3>${this.t('partnerWhatsapp')}</h3>
      ${
        whatsapp
          ? html`<dl>
            ${row('whatsappPhoneNumberId', whatsapp.whatsapp_phone_number_id)}
            ${row('whatsappSystemToken', this.t(whatsapp.has_system_token ? 'tokenSet' : 'tokenNotSet'))}
          </dl>`
          : html`<p class="hint">${this.t('notConfigured')}</p>`
      }
      <div class="actions">
        <button part="edit" type="button" class="primary" @click=${this.startEditing}>${this.t('edit')}</button>
      </div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const hasToken = this.saved?.whatsapp?.has_system_token ?? false;
    const hasSaved = Boolean(this.saved?.chotot || this.saved?.whatsapp);
    return html`<form part="form" novalidate @submit=${this.onSave}>
      <p class="hint">${this.t('partnerIntro')}</p>
      <fieldset class="partners">
        <legend class="sr-only">${this.t('partnerTitle')}</legend>
        ${this.checkbox('chotot', 'partnerChotot')} ${this.checkbox('whatsapp', 'partnerWhatsapp')}
      </fieldset>
      ${
        this.form.chotot
          ? html`<fieldset class="group">
            <legend>${this.t('partnerChotot')}</legend>
            ${this.input('chotot_id', 'chototId')} ${this.input('chotot_oid', 'chototOid')}
          </fieldset>`
          : nothing
      }
      ${
        this.form.whatsapp
          ? html`<fieldset class="group">
            <legend>${this.t('partnerWhatsapp')}</legend>
            ${this.input('whatsapp_phone_number_id', 'whatsappPhoneNumberId')}
            ${this.input('whatsapp_system_token', 'whatsappSystemToken', hasToken ? 'tokenKeepHint' : undefined)}
          </fieldset>`
          : nothing
      }
      <div class="actions">
        <button part="skip" type="button" class="link" @click=${this.onSkip}>${this.t('skip')}</button>
        ${
          hasSaved
            ? html`<button type="button" class="secondary" @click=${this.cancelEditing}>${this.t('cancel')}</button>`
            : nothing
        }
        <button part="save" type="submit" class="primary" ?disabled=${this.saving}>
          ${this.saving ? this.t('saving') : this.t('save')}
        </button>
      </div>
    </form>`;
  }

  private checkbox(partner: 'chotot' | 'whatsapp', label: PartnerMessageKey): TemplateResult {
    return html`<label class="check">
      <input
        type="checkbox"
        name=${partner}
        .checked=${live(this.form[partner])}
        @change=${(e: Event) => {
          this.form = { ...this.form, [partner]: (e.target as HTMLInputElement).checked };
          this.errors = {};
        }}
      />
      ${this.t(label)}
    </label>`;
  }

  private input(field: PartnerField, label: PartnerMessageKey, hint?: PartnerMessageKey): TemplateResult {
    const error = this.errors[field];
    const isToken = field === 'whatsapp_system_token';
    const tokenStatus = isToken
      ? this.t(this.saved?.whatsapp?.has_system_token ? 'tokenSet' : 'tokenNotSet')
      : undefined;
    const described = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>${this.t(label)}${tokenStatus ? html` <span class="pill">${tokenStatus}</span>` : nothing}</label>
      <input
        id=${field}
        name=${field}
        type=${isToken ? 'password' : 'text'}
        autocomplete=${isToken ? 'new-password' : 'off'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${live(this.form.values[field])}
        @input=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          this.form = { ...this.form, values: { ...this.form.values, [field]: value } };
          if (this.errors[field]) this.errors = validatePartnerForm(this.form, this.hasToken());
        }}
      />
      ${hint ? html`<p class="hint" id=${`${field}-hint`}>${this.t(hint)}</p>` : nothing}
      ${error ? html`<p class="error" id=${`${field}-error`}>${this.t(error.key, error.values)}</p>` : nothing}
    </div>`;
  }

  private hasToken(): boolean {
    return this.saved?.whatsapp?.has_system_token ?? false;
  }

  private startEditing(): void {
    this.form = formFrom(this.saved);
    this.errors = {};
    this.savedMessage = false;
    this.editing = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  private cancelEditing(): void {
    this.editing = false;
    this.errors = {};
    this.form = formFrom(this.saved);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="edit"]')?.focus());
  }

  private async onSave(event: Event): Promise<void> {
    event.preventDefault();
    this.errors = validatePartnerForm(this.form, this.hasToken());
    if (Object.keys(this.errors).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    this.notice = null;
    try {
      const attributes = await this.client().profile.attributes.update(partnerUpdate(this.form, this.saved));
      this.saved = attributes;
      this.form = formFrom(attributes);
      this.editing = false;
      this.savedMessage = true;
      this.emit('partner-attributes-saved', { attributes });
    } catch (error) {
      this.notice = errorMessageKey(error);
    } finally {
      this.saving = false;
    }
  }

  private onSkip(): void {
    this.emit('partner-attributes-skipped', {});
  }

  private client(): HelpdockLiteClient {
    return new HelpdockLiteClient({
      baseUrl: this.apiBase || location.origin,
      accessToken: this.accessToken,
    });
  }

  private emit<K extends keyof PartnerAttributesEventDetails>(
    name: K,
    detail: PartnerAttributesEventDetails[K],
  ): void {
    dispatchHelpdockEvent(this, name, detail);
  }
}

defineElement('helpdock-partner-attributes', HelpdockPartnerAttributes);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-partner-attributes': HelpdockPartnerAttributes;
  }
}
