import { describeCrawl } from '../../../../tests/e2e/crawl-suite.ts';
import routes from '../../app/routes.ts';

// Issue 16: every page of the console each role can reach, crawled with axe (tests/e2e/crawl-suite.ts).
describeCrawl({
  origin: process.env.E2E_ADMIN_URL ?? 'http://localhost:3101',
  routes,
  roles: [
    { who: 'nobody', email: null },
    { who: 'a place manager', email: 'gestionnaire@demo.test' },
    { who: 'a network admin', email: 'admin@demo.test' },
    { who: 'an observer', email: 'observateur@demo.test' },
    // The console is not for members: they get a page that says so, with a way to their space.
    { who: 'a member', email: 'membre@demo.test' },
  ],
  minPages: 1,
});
