import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './article-body.js';

describe('paragraphsOf', () => {
  it('splits a plain-text body at blank lines and keeps line breaks inside a paragraph', () => {
    expect(paragraphsOf('First paragraph.\n\nSecond\nparagraph.\r\n  \r\nThird.')).toEqual([
      'First paragraph.',
      'Second\nparagraph.',
      'Third.',
    ]);
  });

  it('drops empty paragraphs and surrounding space', () => {
    expect(paragraphsOf('\n\n  Only one.  \n\n\n\n')).toEqual(['Only one.']);
    expect(paragraphsOf('')).toEqual([]);
  });

  it('keeps markup-looking text as text (the view renders it through text bindings)', () => {
    expect(paragraphsOf('<img src=x onerror=alert(1)>\n\n**bold**')).toEqual([
      '<img src=x onerror=alert(1)>',
      '**bold**',
    ]);
  });
});
