// Filters the amendments log in place by year and section; without JavaScript the
// filter links open one static page per year or section instead.
(function () {
  var form = document.querySelector('[data-module="log-filter"]');
  if (!form) return;
  form.hidden = false;
  var year = form.querySelector('[name="year"]');
  var section = form.querySelector('[name="section"]');
  var status = form.querySelector('[role="status"]');
  function apply() {
    var shown = 0;
    document.querySelectorAll('[data-group], [data-month]').forEach(function (month) {
      var visible = 0;
      month.querySelectorAll('.log-entry').forEach(function (entry) {
        var ok = (!year.value || entry.dataset.year === year.value) && (!section.value || entry.dataset.section === section.value);
        entry.hidden = !ok;
        if (ok) visible++;
      });
      month.hidden = visible === 0;
      shown += visible;
    });
    status.textContent = shown + (shown === 1 ? ' amendment shown.' : ' amendments shown.');
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
})();
