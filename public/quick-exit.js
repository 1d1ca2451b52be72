// "Exit this page": the button, or Shift pressed three times within five seconds, replaces
// this page with a neutral site. location.replace leaves the page out of the back-button
// history, so pressing Back on the neutral site does not return here.
(function () {
  var element = document.querySelector('[data-module="quick-exit"]');
  if (!element) return;
  var link = element.querySelector('.quick-exit-button');
  var status = element.querySelector('[role="status"]');
  var presses = 0;
  var timer;
  var shiftAsModifier = false;
  element.querySelector('.quick-exit-hint').hidden = false;

  function exit() {
    // Hide the page at once: the neutral site may take a moment to load.
    document.documentElement.classList.add('quick-exit-active');
    status.textContent = 'Exit this page activated.';
    window.location.replace(link.href);
  }

  function reset() {
    presses = 0;
    window.clearTimeout(timer);
  }

  link.addEventListener('click', function (event) {
    event.preventDefault();
    exit();
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') {
      shiftAsModifier = false;
    } else {
      // Shift held for a capital letter is typing, not a request to leave.
      if (event.shiftKey) shiftAsModifier = true;
      reset();
    }
  });

  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift' || shiftAsModifier) return;
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      reset();
      exit();
      return;
    }
    var left = 3 - presses;
    status.textContent = 'Shift, press ' + left + (left === 1 ? ' more time' : ' more times') + ' to exit.';
    timer = window.setTimeout(function () {
      reset();
      status.textContent = 'Exit this page expired.';
    }, 5000);
  });

  // A page restored from the back-forward cache shows again.
  window.addEventListener('pageshow', function () {
    document.documentElement.classList.remove('quick-exit-active');
  });
})();
