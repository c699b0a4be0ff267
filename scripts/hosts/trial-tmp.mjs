import { launchChromium } from './browser.mjs';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto('http://127.0.0.1:34385/?folder=/tmp/trialws');
await page.waitForTimeout(12000);
async function open(name, line, col) {
  await page.keyboard.press('Control+P'); await page.waitForTimeout(800);
  await page.keyboard.type(name); await page.waitForTimeout(1200); await page.keyboard.press('Enter'); await page.waitForTimeout(2500);
  await page.keyboard.press('Control+G'); await page.waitForTimeout(500); await page.keyboard.type(line + ':' + col); await page.keyboard.press('Enter'); await page.waitForTimeout(800);
  await page.keyboard.press('Control+K'); await page.keyboard.press('Control+I'); await page.waitForTimeout(3500);
}
await open('Assistant.java', 15, 45);
await page.screenshot({ path: '/tmp/trial-java.png' });
await page.keyboard.press('Escape');
await open('chat.ts', 7, 10);
await page.screenshot({ path: '/tmp/trial-helper.png' });
await page.keyboard.press('Escape');
await page.keyboard.press('F1'); await page.waitForTimeout(800);
await page.keyboard.type('OpenAI Privacy Lens: Scan Workspace'); await page.waitForTimeout(1000); await page.keyboard.press('Enter');
await page.waitForTimeout(8000);
await page.keyboard.press('Control+Shift+M'); await page.waitForTimeout(2000);
await page.screenshot({ path: '/tmp/trial-problems.png' });
await browser.close();
