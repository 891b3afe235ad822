import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldError } from '../../core/validation.js';
import type { MessageKey, Translate } from '../../i18n/index.js';

/** What {@link textField} draws. */
export interface TextFieldOptions {
  /** The control's id (the label and the error point at it). */
  id: string;
  /** The control's `name`. */
  name: string;
  /** Dictionary key of the label. */
  label: MessageKey;
  /** A one-line input or a textarea. */
  kind: 'input' | 'textarea';
  /** Current text (the draft). */
  value: string;
  /** The field's problem, shown under it. */
  error?: FieldError | undefined;
  /** `autocomplete` of an input (`off` by default). */
  autocomplete?: 'name' | 'email';
  /** Called with the new text on every keystroke. */
  onInput(value: string): void;
}

/** A labelled text field with its error message, wired for screen readers (`aria-invalid`, `aria-describedby`). */
export function textField(t: Translate, field: TextFieldOptions): TemplateResult {
  const { id, error } = field;
  const describedBy = error ? `${id}-error` : nothing;
  const onInput = (event: Event): void =>
    field.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field">
    <label for=${id}>${t(field.label)}</label>
    ${
      field.kind === 'textarea'
        ? html`<textarea
          id=${id}
          name=${field.name}
          rows="3"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${live(field.value)}
          @input=${onInput}
        ></textarea>`
        : html`<input
          id=${id}
          name=${field.name}
          type=${field.name === 'email' ? 'email' : 'text'}
          autocomplete=${field.autocomplete ?? 'off'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${live(field.value)}
          @input=${onInput}
        />`
    }
    ${error ? html`<p class="error" id=${`${id}-error`}>${t(error.key, error.values)}</p>` : nothing}
  </div>`;
}
