// The page's last script (rendered by `Document`): it gives the hydration scripts, which the server writes in
// a form the browser leaves alone (`server/hydrate-after-paint.ts`), back their meaning once the page's first
// contentful paint has been shown, so that they never hold that paint (decision 073). A hidden page (opened
// in a background tab) paints nothing yet, and a browser without paint timing tells nothing: their scripts
// load at once and after the next frame; a timer makes sure every page hydrates whatever happens to the
// paint's report. Plain ES5 with explicit semicolons, sent on one line.

export const HYDRATE_AFTER_PAINT = `(function () {
  var loaded = false;
  function load() {
    if (loaded) return;
    loaded = true;
    var preloads = document.querySelectorAll('link[rel="rf-modulepreload"]');
    for (var i = 0; i < preloads.length; i++) preloads[i].rel = 'modulepreload';
    var held = document.querySelector('script[type="rf-module"]');
    if (!held) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.nonce = held.nonce;
    script.textContent = held.textContent;
    held.replaceWith(script);
  }
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (document.visibilityState === 'hidden') load();
  else if (types.indexOf('paint') === -1) requestAnimationFrame(function () { setTimeout(load, 0); });
  else {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length > 0) load();
    }).observe({ type: 'paint', buffered: true });
    setTimeout(load, 3000);
  }
})();`.replace(/\n\s*/g, ' ');
