// The film list's filters: folded behind "Filters" on a phone, open beside the films on a wider screen.
(function () {
  var filters = document.querySelector('details.filters');
  if (filters && window.matchMedia('(min-width: 60rem)').matches) {
    filters.open = true;
  }
})();
