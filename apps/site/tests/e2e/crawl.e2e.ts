import { describeCrawl } from '../../../../tests/e2e/crawl-suite.ts';
import routes from '../../app/routes.ts';

// Issue 16: every page the site's people can reach, crawled with axe (tests/e2e/crawl-suite.ts).
describeCrawl({
  origin: process.env.E2E_SITE_URL ?? 'http://localhost:3100',
  routes,
  roles: [
    { who: 'nobody', email: null },
    { who: 'a resident', email: 'resident@demo.test' },
    { who: 'a member', email: 'membre@demo.test' },
  ],
  minPages: 6,
});
