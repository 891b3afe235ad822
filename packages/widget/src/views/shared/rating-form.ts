import { html, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/index.js';

/**
 * The rating of a resolved or closed ticket: five stars and an optional comment, or a thank-you
 * once `rated`. `rating` is the stars picked so far (0: none), `busy` holds the send button back;
 * `pick` and `rate` report the customer's choice and the comment sent with it. (Plain parameters:
 * `helpdock.js` carries this, and minified names cost less than an options object's keys.)
 */
export function ratingForm(
  t: Translate,
  rated: boolean,
  rating: number,
  busy: boolean,
  pick: (rating: number) => void,
  rate: (comment: string) => void,
): TemplateResult {
  if (rated) return html`<p class="rating" role="status">${t('rateThanks')}</p>`;
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement | null)?.value ?? '';
    if (rating > 0) rate(comment);
  };
  return html`<form part="form" class="rating" novalidate @submit=${onSubmit}>
    <fieldset class="field">
      <legend>${t('ratePrompt')}</legend>
      <div class="stars">
        ${[1, 2, 3, 4, 5].map(
          (n) => html`<label>
            <input class="sr-only" type="radio" name="rating" .value=${String(n)} @change=${() => pick(n)} />
            <span class="star ${n <= rating ? 'on' : ''}" aria-hidden="true">${n <= rating ? '★' : '☆'}</span>
            <span class="sr-only">${t('rateStar', { n })}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    <div class="field">
      <label for="rating-comment">${t('rateComment')}</label>
      <textarea id="rating-comment" name="comment" rows="2"></textarea>
    </div>
    <div class="actions">
      <button part="submit" class="primary" type="submit" ?disabled=${rating === 0 || busy}>${t('rateSubmit')}</button>
    </div>
  </form>`;
}
