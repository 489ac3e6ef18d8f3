// Loads a TimelineJS story in TimelineJS 3 (the npm package's dist/ files) in headless Chromium, offline, and checks
// that it renders. Run through check-timelinejs.sh, which installs the packages.
//   usage: node check-timelinejs.cjs STORY.json WORK_DIR      (exit 0: renders; 1: it does not; 2: cannot run)
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [storyFile, work] = process.argv.slice(2);
const dist = path.join(work, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const story = JSON.parse(fs.readFileSync(storyFile, 'utf8'));
const events = Array.isArray(story.events) ? story.events : [];

const page = path.join(work, 'check.html');
fs.writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${path.relative(work, path.join(dist, 'css', 'timeline.css'))}">
<script id="timeline-script-tag" src="${path.relative(work, path.join(dist, 'js', 'timeline.js'))}"></script>
</head><body style="margin:0"><div id="timeline-embed" style="width:1280px;height:720px"></div></body></html>`);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // TimelineJS fetches its locale file next to timeline.js: allowed from file:// only with this flag.
    args: ['--allow-file-access-from-files'],
  });
  const failures = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const tab = await context.newPage();
    const blocked = [];
    // Offline: the story must render from the package alone; anything fetched from the network is a failure.
    await context.route('**/*', route => {
      const url = route.request().url();
      if (url.startsWith('file://') || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const consoleErrors = [];
    tab.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    tab.on('pageerror', e => consoleErrors.push(String(e)));
    await tab.goto('file://' + page);

    const loaded = await tab.evaluate(data => new Promise(resolve => {
      const timer = setTimeout(() => resolve(false), 20000);
      // script_path: its locale and font files beside timeline.js, not on Knight Lab's CDN (the default). The
      // default font theme loads Google Fonts; the system-font theme keeps the check offline.
      const scriptPath = new URL('.', document.getElementById('timeline-script-tag').src).toString();
      const timeline = new TL.Timeline('timeline-embed', data,
        { hash_bookmark: false, font: 'georgia-helvetica', script_path: scriptPath });
      window.timeline = timeline;
      timeline.on('loaded', () => { clearTimeout(timer); resolve(true); });
    }), story);
    // Let the first slide lay out and the locale file arrive before reading the page.
    await tab.waitForTimeout(500);

    const seen = await tab.evaluate(() => {
      const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
      return {
        slides: [...document.querySelectorAll('.tl-slide')].map(s => ({
          id: s.id,
          title: s.classList.contains('tl-slide-titleslide'),
          date: (s.querySelector('.tl-headline-date') || {}).textContent || '',
          headline: (s.querySelector('.tl-headline') || {}).textContent || '',
        })),
        messages: [...document.querySelectorAll('.tl-message-content, .tl-message-full')]
          .filter(visible).map(m => m.textContent.trim()).filter(t => t.length > 0),
        markers: document.querySelectorAll('.tl-timemarker').length,
        groups: [...document.querySelectorAll('.tl-timegroup-message')].map(g => g.textContent.trim()),
      };
    });
    await tab.screenshot({ path: path.join(work, 'check.png') });
    // A second picture on the first event, with its date, text and the time line below.
    await tab.evaluate(() => window.timeline.goTo(1));
    await tab.waitForTimeout(1500);
    await tab.screenshot({ path: path.join(work, 'check-event.png') });

    if (!loaded) failures.push('TimelineJS never fired "loaded" within 20 s (message: ' + JSON.stringify(seen.messages) + ')');
    const expectedSlides = events.length + (story.title ? 1 : 0);
    if (seen.slides.length !== expectedSlides) {
      failures.push(`${seen.slides.length} slides shown, expected ${expectedSlides} (${events.length} events`
        + (story.title ? ' + the title)' : ')'));
    }
    if (seen.markers !== events.length) failures.push(`${seen.markers} markers on the time line, expected ${events.length}`);
    if (seen.messages.length > 0) failures.push('a message is still shown: ' + JSON.stringify(seen.messages));
    const byId = new Map(seen.slides.map(s => [s.id, s]));
    for (const e of events) {
      const slide = byId.get(e.unique_id);
      if (!slide) {
        failures.push(`no slide for event ${JSON.stringify(e.unique_id)}`);
        continue;
      }
      const shown = e.start_date && e.start_date.display_date;
      if (shown && slide.date.trim() !== shown) {
        failures.push(`event ${e.unique_id}: date shown ${JSON.stringify(slide.date)}, expected ${JSON.stringify(shown)}`);
      }
    }
    if (blocked.length > 0) failures.push(`${blocked.length} network requests (blocked): ${blocked.slice(0, 5).join(', ')}`);
    if (consoleErrors.length > 0) failures.push(`${consoleErrors.length} console errors: ${consoleErrors.slice(0, 5).join(' | ')}`);

    const groups = new Set(events.map(e => e.group).filter(g => g));
    console.log(`check-timelinejs: ${storyFile}: ${seen.slides.length} slides (${events.length} events + title), `
      + `${seen.markers} markers, ${groups.size} groups, screenshot ${path.join(work, 'check.png')}`);
  } finally {
    await browser.close();
  }
  if (failures.length > 0) {
    for (const f of failures) console.error('check-timelinejs: FAIL: ' + f);
    process.exit(1);
  }
  console.log('check-timelinejs: OK, TimelineJS 3.9.11 renders the story offline with no errors');
})().catch(e => {
  console.error('check-timelinejs: cannot run the check: ' + (e && e.message ? e.message : e));
  process.exit(2);
});
