// Starts Pagefind's search UI on the search page, and runs the query in the address (?q=...).
// Everything stays in the browser: the index is fetched from this site only.
/* global PagefindUI */
(function () {
  var element = document.querySelector('[data-module="search"]');
  if (!element || typeof PagefindUI === 'undefined') return;
  element.querySelector('.search-fallback').hidden = true;
  var ui = new PagefindUI({ element: element.querySelector('.search-ui'), showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
