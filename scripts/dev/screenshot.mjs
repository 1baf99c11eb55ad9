// Screenshot of a page for the README and for looking: node scripts/dev/screenshot.mjs URL OUT.png [width] [care]
import { chromium } from 'playwright-core';
const [,, url, out, w = '390', care = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(w), height: 900 } });
if (care) await p.addInitScript(() => localStorage.setItem('mzy-mode', JSON.stringify({ care: true })));
p.on('console', (m) => console.log('console:', m.text()));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto(url);
await p.screenshot({ path: out, fullPage: false });
await b.close();
