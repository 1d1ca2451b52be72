// "Save for offline use" on /offline/: where a service worker can run, shows the size of the
// offline copy, registers the offline worker (sw.js) when the reader asks, which saves the
// current manual, and shows its progress and what the copy on this device holds. Nothing is
// downloaded or stored before the reader asks. Only this page loads this script.
(function () {
  var root = document.querySelector('[data-module="offline"]');
  if (!root) return;
  var fallback = document.querySelector('[data-offline-fallback]');
  if (!('serviceWorker' in navigator) || !window.isSecureContext || !('caches' in window) || typeof BroadcastChannel === 'undefined') {
    fallback.textContent = 'This browser cannot save the manual for offline use. Every page still works online.';
    return;
  }
  var scope = new URL(root.getAttribute('data-scope'), location.href).href;
  var size = root.querySelector('[data-offline-size]');
  var save = root.querySelector('[data-offline-save]');
  var remove = root.querySelector('[data-offline-remove]');
  var progress = root.querySelector('[data-offline-progress]');
  var status = root.querySelector('[data-offline-status]');
  // The worker reports each file it saves on this channel (src/service-worker/sw.ts).
  var channel = new BroadcastChannel('manual-offline:' + scope);
  fallback.hidden = true;
  root.hidden = false;

  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1) + ' MB';
  }

  function longDate(date) {
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  }

  function holds(build) {
    return build.pages + ' pages and the search index, ' + megabytes(build.bytes);
  }

  function showReady() {
    save.hidden = false;
    save.disabled = false;
    remove.hidden = true;
    progress.hidden = true;
    fetch(root.getAttribute('data-build'), { cache: 'no-store' })
      .then(function (response) {
        return response.json();
      })
      .then(function (build) {
        size.textContent = 'Saving downloads ' + holds(build) + '. Save it over Wi-Fi if your data allowance is small.';
      })
      .catch(function () {
        size.textContent = 'Connect to the internet to save the manual.';
      });
  }

  /** What the worker's copy holds, asked of the worker itself. */
  function askWorker(worker) {
    return new Promise(function (resolve) {
      var reply = new MessageChannel();
      reply.port1.onmessage = function (event) {
        resolve(event.data);
      };
      worker.postMessage({ type: 'status' }, [reply.port2]);
    });
  }

  function showSaved(worker) {
    save.hidden = true;
    remove.hidden = false;
    progress.hidden = true;
    askWorker(worker).then(function (copy) {
      var built = longDate(new Date(copy.build.built + 'T12:00:00Z'));
      var checked = copy.checkedAt ? ', last checked against the site on ' + longDate(new Date(copy.checkedAt)) : '';
      size.textContent = 'This device has an offline copy of the manual as built on ' + built + checked + ': ' + holds(copy.build) + '.';
      status.textContent = 'Saved for offline use.';
    });
  }

  function failed() {
    save.disabled = false;
    progress.hidden = true;
    status.textContent = 'Saving stopped before the whole manual was saved. Check your connection and try again: what was saved is kept.';
  }

  channel.onmessage = function (event) {
    var saved = event.data;
    if (!saved || saved.type !== 'progress' || save.hidden) return;
    progress.max = saved.totalFiles;
    progress.value = saved.files;
    // Every tenth file and the last page, so that a screen reader is not told of each one.
    if (saved.files % 10 !== 0 && saved.files !== saved.totalPages && saved.files !== saved.totalFiles) return;
    status.textContent =
      saved.pages < saved.totalPages
        ? saved.pages + ' of ' + saved.totalPages + ' pages saved'
        : 'All ' +
          saved.totalPages +
          ' pages saved; saving search (' +
          (saved.files - saved.pages) +
          ' of ' +
          (saved.totalFiles - saved.totalPages) +
          ' files)';
  };

  save.addEventListener('click', function () {
    save.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = 'Saving the manual for offline use.';
    navigator.serviceWorker.register(root.getAttribute('data-worker'), { scope: root.getAttribute('data-scope'), updateViaCache: 'none' }).then(function (
      registration
    ) {
      var worker = registration.installing || registration.waiting || registration.active;
      if (worker.state === 'activated') {
        showSaved(worker);
        return;
      }
      worker.addEventListener('statechange', function () {
        if (worker.state === 'activated') showSaved(worker);
        if (worker.state === 'redundant') failed();
      });
    }, failed);
  });

  remove.addEventListener('click', function () {
    navigator.serviceWorker
      .getRegistration(scope)
      .then(function (registration) {
        return registration && registration.unregister();
      })
      .then(function () {
        return caches.keys();
      })
      .then(function (names) {
        // The worker's caches are named manual-...-<scope> (src/service-worker/sw.ts).
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf('manual-') === 0 && name.slice(-scope.length) === scope;
            })
            .map(function (name) {
              return caches.delete(name);
            })
        );
      })
      .then(function () {
        showReady();
        status.textContent = 'The offline copy was removed from this device.';
      });
  });

  navigator.serviceWorker.getRegistration(scope).then(function (registration) {
    if (registration && registration.active) showSaved(registration.active);
    else showReady();
  });
})();
