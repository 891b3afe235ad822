import { expect, hostPage, launcher, panel, test } from './fixtures.js';

test.describe('locales', () => {
  test('speaks the data-locale language and switches when the attribute changes', async ({
    page,
    reference,
  }) => {
    await hostPage(page, reference.url, { data: { locale: 'pt-BR' } });
    await expect(launcher(page)).toHaveAccessibleName('Abrir o chat de suporte');
    await launcher(page).click();
    const dialog = panel(page);
    await expect(dialog.getByText('Olá! Como podemos ajudar hoje?')).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'Conversar no WhatsApp' })).toHaveAttribute(
      'href',
      /text=Ol%C3%A1!%20Preciso%20de%20ajuda\.$/,
    );
    await dialog.getByRole('button', { name: 'Enviar' }).click();
    await expect(dialog.getByText('Preencha este campo.').first()).toBeVisible();

    const bubble = page.locator('helpdock-bubble');
    await bubble.evaluate((el) => el.setAttribute('locale', 'es'));
    await expect(dialog.getByText('¡Hola! ¿Cómo podemos ayudarte hoy?')).toBeVisible();
    await expect(dialog.getByText('Completa este campo.').first()).toBeVisible();
    await expect(dialog.getByLabel('Correo electrónico')).toBeVisible();

    const expected: Record<string, string> = {
      vi: 'Xin chào! Chúng tôi có thể giúp gì cho bạn?',
      bn: 'নমস্কার! আজ আমরা কীভাবে সাহায্য করতে পারি?',
      hi: 'नमस्ते! आज हम आपकी कैसे मदद कर सकते हैं?',
      en: 'Hi there! How can we help you today?',
    };
    for (const [locale, greeting] of Object.entries(expected)) {
      await bubble.evaluate((el, value) => el.setAttribute('locale', value), locale);
      await expect(dialog.getByText(greeting)).toBeVisible();
      await expect(bubble.locator('.root')).toHaveAttribute('lang', locale);
    }
  });

  test('follows the page language when no locale is set', async ({ page, reference }) => {
    await page.route(`${reference.url}/vi.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="vi"><head><title>Cửa hàng</title><script src="/helpdock.js" async></script></head><body><main><h1>Cửa hàng</h1></main></body></html>',
      }),
    );
    await page.goto(`${reference.url}/vi.html`);
    await expect(launcher(page)).toHaveAccessibleName('Mở khung hỗ trợ');
  });
});
