// Search page: runs Pagefind's JavaScript API in the page (no web worker, no Pagefind UI),
// draws the filters as groups of checkboxes and the results as a list, runs the query in
// the address (/search/?q=...), and keeps the address in step with what is typed, so that a
// result link, a bookmark and the back button all return to the same search. Everything
// stays in the browser: the index is fetched from this site only. Every piece of text is
// set as text; only Pagefind's excerpts keep their <mark> elements (see appendExcerpt).
(function () {
  var element = document.querySelector('[data-module="search"]');
  if (!element || !('noModule' in HTMLScriptElement.prototype)) return;
  var input = element.querySelector('[data-search-input]');
  var form = element.querySelector('[data-search-form]');
  var filterPane = element.querySelector('[data-search-filters]');
  var summary = element.querySelector('[data-search-summary]');
  var list = element.querySelector('[data-search-results]');
  var more = element.querySelector('[data-search-more]');
  var PAGE_SIZE = 5; // each result shown fetches its own fragment: five keep a first search small
  var MAX_HEADINGS = 3;
  var DEBOUNCE_MS = 300;
  var filterNames = JSON.parse(element.getAttribute('data-filters') || '[]');
  var bundlePath = element.getAttribute('data-bundle-path') || '/pagefind/';
  var baseUrl = element.getAttribute('data-base-url') || '/';

  var pagefindReady = import(bundlePath + 'pagefind.js').then(function (pagefind) {
    return pagefind
      .options({ basePath: bundlePath, baseUrl: baseUrl, noWorker: true, ranking: JSON.parse(element.getAttribute('data-ranking') || '{}') })
      .then(function () { return pagefind; });
  });

  var fallback = document.querySelector('[data-search-fallback]');
  if (fallback) fallback.hidden = true;
  element.hidden = false;

  var latest = 0; // the number of the newest search: older ones that finish late are dropped
  var shown = []; // the results of the current search
  var shownCount = 0;
  var timer = 0;

  function create(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Pagefind's excerpts are text it has HTML-escaped, with the query marked by <mark>.
  // They are parsed inertly and only their text and <mark> elements are kept.
  function appendExcerpt(into, html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    template.content.childNodes.forEach(function (node) {
      if (node.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(node.textContent));
      else if (node.nodeName === 'MARK') into.appendChild(create('mark', '', node.textContent));
      else into.appendChild(document.createTextNode(node.textContent || ''));
    });
  }

  function safeHref(href) {
    return /^(\/|https?:)/.test(href) ? href : '#';
  }

  // The filters, each a group of checkboxes with the number of pages it would keep.
  var groups = {};
  function buildFilters(counts) {
    filterNames.forEach(function (name) {
      var values = Object.keys(counts[name] || {}).sort(function (a, b) { return a.localeCompare(b, undefined, { numeric: true }); });
      if (!values.length) return;
      var details = create('details', 'search-filter');
      details.setAttribute('data-filter-name', name);
      details.appendChild(create('summary', '', name));
      var fieldset = create('fieldset');
      fieldset.appendChild(create('legend', 'visually-hidden', name));
      var options = {};
      values.forEach(function (value) {
        var label = create('label', 'search-filter-option');
        var box = create('input');
        box.type = 'checkbox';
        box.value = value;
        box.addEventListener('change', function () { runSearch(); });
        var count = create('span', 'search-filter-count');
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + value + ' '));
        label.appendChild(count);
        fieldset.appendChild(label);
        options[value] = { label: label, box: box, count: count };
      });
      details.appendChild(fieldset);
      filterPane.appendChild(details);
      groups[name] = options;
    });
    updateCounts(counts);
  }

  // Options no page would match are hidden, unless checked.
  function updateCounts(counts) {
    Object.keys(groups).forEach(function (name) {
      Object.keys(groups[name]).forEach(function (value) {
        var option = groups[name][value];
        var n = (counts[name] && counts[name][value]) || 0;
        option.count.textContent = '(' + n + ')';
        option.label.hidden = n === 0 && !option.box.checked;
      });
    });
  }

  function checkedFilters() {
    var filters = {};
    Object.keys(groups).forEach(function (name) {
      var any = Object.keys(groups[name]).filter(function (value) { return groups[name][value].box.checked; });
      if (any.length) filters[name] = { any: any };
    });
    return filters;
  }

  // Within a group the options add up (any of them), so a group with an option checked
  // counts what each of its options would add: the search without that group's choice.
  // The index is in memory by then, so these searches fetch nothing.
  function facetCounts(pagefind, term, filters) {
    var names = Object.keys(filters);
    return Promise.all(names.map(function (name) {
      var others = {};
      Object.keys(filters).forEach(function (other) { if (other !== name) others[other] = filters[other]; });
      return pagefind.search(term || null, { filters: others }).then(function (response) { return response.filters[name] || {}; });
    })).then(function (counts) {
      var byName = {};
      names.forEach(function (name, i) { byName[name] = counts[i]; });
      return byName;
    });
  }

  function keepAddressInStep(term) {
    var params = new URLSearchParams(window.location.search);
    if (term) params.set('q', term);
    else params.delete('q');
    var query = params.toString();
    var address = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    if (address !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, '', address);
    }
  }

  function renderResult(data) {
    var meta = data.meta || {};
    var item = create('li', 'search-result');
    if (meta.kind) item.appendChild(create('p', 'search-result-kind', meta.kind));
    var title = create('h2', 'search-result-title');
    var link = create('a', 'search-result-link');
    link.href = safeHref(meta.url || data.url);
    if (meta.number) {
      link.appendChild(create('span', 'chapter-number', meta.number));
      link.appendChild(document.createTextNode(' '));
    }
    link.appendChild(document.createTextNode(meta.title || data.url));
    title.appendChild(link);
    item.appendChild(title);
    if (meta.amended) item.appendChild(create('p', 'search-result-amended', 'Last amended ' + meta.amended));
    if (data.excerpt) {
      var excerpt = create('p', 'search-result-excerpt');
      appendExcerpt(excerpt, data.excerpt);
      item.appendChild(excerpt);
    }
    // The headings inside the page that match most, in page order.
    var headings = (data.sub_results || [])
      .filter(function (sub) { return sub.anchor && sub.url.indexOf('#') !== -1; })
      .map(function (sub, index) {
        var score = (sub.weighted_locations || []).reduce(function (sum, l) { return sum + l.balanced_score; }, 0);
        return { sub: sub, index: index, score: score };
      })
      .sort(function (a, b) { return b.score - a.score || a.index - b.index; })
      .slice(0, MAX_HEADINGS)
      .sort(function (a, b) { return a.index - b.index; });
    if (headings.length) {
      var sublist = create('ul', 'search-result-headings');
      headings.forEach(function (h) {
        var li = create('li');
        var a = create('a', 'search-result-heading', h.sub.title);
        a.href = safeHref(h.sub.url);
        var text = create('span', 'search-result-excerpt');
        appendExcerpt(text, h.sub.excerpt || '');
        li.appendChild(a);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(text);
        sublist.appendChild(li);
      });
      item.appendChild(sublist);
    }
    return item;
  }

  // Loads and shows the next page of results; false if a newer search started meanwhile.
  function showMore(search, moveFocus) {
    var next = shown.slice(shownCount, shownCount + PAGE_SIZE);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      if (search !== latest) return false;
      var first = null;
      pages.forEach(function (data) {
        var item = renderResult(data);
        first = first || item;
        list.appendChild(item);
      });
      shownCount += pages.length;
      more.hidden = shownCount >= shown.length;
      if (moveFocus && first) first.querySelector('.search-result-link').focus();
      return true;
    });
  }

  function runSearch() {
    clearTimeout(timer);
    var search = ++latest;
    var term = input.value.trim();
    keepAddressInStep(term);
    var filters = checkedFilters();
    var filtered = Object.keys(filters).length > 0;
    return pagefindReady.then(function (pagefind) {
      if (!term && !filtered) {
        return pagefind.filters().then(function (counts) {
          if (search !== latest) return;
          updateCounts(counts);
          shown = [];
          shownCount = 0;
          list.replaceChildren();
          more.hidden = true;
          summary.textContent = '';
        });
      }
      return Promise.all([pagefind.search(term || null, { filters: filters }), facetCounts(pagefind, term, filters)]).then(function (both) {
        var response = both[0];
        if (search !== latest) return;
        Object.keys(both[1]).forEach(function (name) { response.filters[name] = both[1][name]; });
        shown = response.results;
        shownCount = 0;
        return Promise.all(shown.slice(0, PAGE_SIZE).map(function (r) { return r.data(); })).then(function (pages) {
          if (search !== latest) return;
          updateCounts(response.filters);
          list.replaceChildren();
          pages.forEach(function (data) { list.appendChild(renderResult(data)); });
          shownCount = pages.length;
          more.hidden = shownCount >= shown.length;
          var n = shown.length;
          var what = term ? ' for ' + term : ' with the filters chosen';
          summary.textContent = (n === 0 ? 'No results' : n + (n === 1 ? ' result' : ' results')) + what;
        });
      });
    });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(runSearch, DEBOUNCE_MS);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    runSearch();
  });
  more.addEventListener('click', function () { showMore(latest, true); });

  var query = new URLSearchParams(window.location.search).get('q');
  if (query) input.value = query;
  pagefindReady
    .then(function (pagefind) { return pagefind.filters(); })
    .then(function (counts) {
      buildFilters(counts);
      if (input.value.trim()) runSearch();
    })
    .catch(function () {
      summary.textContent = 'Search could not load. Every chapter is listed in the contents.';
    });
})();
