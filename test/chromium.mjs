/**
 * How every test and benchmark starts Chromium: Debian's build (or CHROME_PATH), headless, and with the background
 * services off, since this machine's network refuses them and their failures would only add noise.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    // Test pages run side by side in background tabs: keep their timers, frames and observers at full speed.
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--disable-background-timer-throttling',
  ],
};
