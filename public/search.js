// Runs the query in the address (?q=...) with Pagefind's search API and lists the results.
// Everything stays in the browser: the index is fetched from this site only. Pagefind's
// ready-made UI and its web worker are not used: together they added about 45 KB gzipped to
// what a first search downloads, which matters on a phone with a weak signal.
(function () {
  var element = document.querySelector('[data-module="search"]');
  if (!element || !('noModule' in HTMLScriptElement.prototype)) return;
  var status = element.querySelector('.search-status');
  var list = element.querySelector('.search-results');
  var more = element.querySelector('.search-more');
  var query = (new URLSearchParams(window.location.search).get('q') || '').trim();
  var box = document.getElementById('header-q');
  element.querySelector('.search-fallback').hidden = true;
  if (box) box.value = query;
  if (!query) {
    status.textContent = 'Type a word or phrase in the search box at the top of the page.';
    return;
  }
  status.textContent = 'Searching for \u201c' + query + '\u201d\u2026';

  var PAGE = 5;
  var results = [];
  var shown = 0;

  // Pagefind's excerpts mark the words found with <mark>; every other tag is dropped.
  function excerpt(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    var p = document.createElement('p');
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function showMore() {
    var next = results.slice(shown, shown + PAGE);
    shown += next.length;
    more.hidden = shown >= results.length;
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      pages.forEach(function (page) {
        var item = document.createElement('li');
        item.className = 'search-result';
        var heading = document.createElement('h2');
        var link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title || page.url;
        heading.appendChild(link);
        item.appendChild(heading);
        item.appendChild(excerpt(page.excerpt));
        list.appendChild(item);
      });
    });
  }

  more.addEventListener('click', showMore);
  import(element.getAttribute('data-pagefind'))
    .then(function (pagefind) {
      return pagefind.options({ noWorker: true, excerptLength: 24 }).then(function () {
        return pagefind.search(query);
      });
    })
    .then(function (search) {
      results = search.results;
      var count = results.length;
      status.textContent = count === 0
        ? 'No chapters match \u201c' + query + '\u201d. Try another word, or browse the contents.'
        : count + (count === 1 ? ' chapter matches' : ' chapters match') + ' \u201c' + query + '\u201d.';
      return showMore();
    })
    .catch(function () {
      status.textContent = 'Search could not load. Every chapter is listed in the contents.';
      element.querySelector('.search-fallback').hidden = false;
    });
})();
