import { chromium } from 'playwright-core';
const [,, user, width, lang, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 740 }, locale: 'sv-SE' });
const page = await ctx.newPage();
const base = 'http://127.0.0.1:8099';
await page.goto(`${base}/login`);
await page.fill('#username', user);
await page.fill('#password', 'lotsen-demo-2026');
await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type="submit"]')]);
await page.goto(`${base}/lang/${lang}?next=/`);
for (const p of paths) {
  const [url, open] = p.split('!');
  await page.goto(base + url);
  if (open) await page.click(open);
  const name = `/tmp/shots/${user}-${width}-${lang}-${url.replace(/[^a-z0-9]+/gi, '_')}${open ? '-open' : ''}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
}
await browser.close();
