// Starts the search box on /search/: Pagefind's ready-made interface, loaded just before this file. A file of
// its own, not an inline script, so the site's Content-Security-Policy allows no inline script at all
// (src/site/csp.ts). Without JavaScript this never runs and the page keeps its note on finding pages without search.
(function () {
  'use strict';
  if (!window.PagefindUI) return;
  var fallback = document.querySelector('[data-search-fallback]');
  if (fallback) fallback.remove();
  new window.PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    translations: { placeholder: 'Search, for example re-referrals' },
  });
  var input = document.querySelector('#search input');
  if (input && !input.id) input.id = 'search-input';
})();
