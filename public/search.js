// Search page: sets the ranking on Pagefind's search components, runs the query in the
// address (/search/?q=...), and keeps the address in step with what is typed, so that a
// result link, a bookmark and the back button all return to the same search.
// Everything stays in the browser: the index is fetched from this site only.
/* global PagefindComponents */
(function () {
  var element = document.querySelector('[data-module="search"]');
  if (!element || typeof PagefindComponents === 'undefined') return;
  var fallback = document.querySelector('[data-search-fallback]');
  if (fallback) fallback.hidden = true;
  element.hidden = false;

  PagefindComponents.configureInstance('default', { ranking: JSON.parse(element.getAttribute('data-ranking') || '{}') });
  var instance = PagefindComponents.getInstanceManager().getInstance('default');

  instance.on('search', function (term) {
    var params = new URLSearchParams(window.location.search);
    if (term) params.set('q', term);
    else params.delete('q');
    var query = params.toString();
    var address = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    if (address !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, '', address);
    }
  });

  var query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    var input = element.querySelector('pagefind-input input');
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
})();
