import { expect, test } from '@playwright/test';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} must be set: run this through local-stack's PaymentEndToEndTest (bin/test)`);
  }
  return value;
}

test('a customer pays and sees the payment succeed live, without reloading', async ({ page }) => {
  await page.goto(required('CHECKOUT_URL'));
  await expect(page.getByText('Demo Merchant')).toBeVisible();

  await page.getByLabel('M-Pesa phone number').fill('0708 374 149');
  await page.getByRole('button', { name: /^Pay/ }).click();

  await expect(page.getByText('Payment received. Thank you!')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/M-Pesa receipt/)).toBeVisible();
  await page.screenshot({ path: required('SCREENSHOT_DIR') + '/checkout-succeeded.png', fullPage: true });
});

test('a customer who cancels on the phone is told so and can try again', async ({ page }) => {
  await page.goto(required('CHECKOUT_URL_TO_CANCEL'));

  await page.getByLabel('M-Pesa phone number').fill('0700 000 001');
  await page.getByRole('button', { name: /^Pay/ }).click();

  await expect(page.getByText('You cancelled the request on your phone.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Pay/ })).toBeEnabled();
  await page.screenshot({ path: required('SCREENSHOT_DIR') + '/checkout-cancelled.png', fullPage: true });
});
