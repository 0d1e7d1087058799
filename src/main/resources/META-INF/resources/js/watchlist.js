// Save buttons (templates/tags/saveFilm.html) without reloading the page. Without this script, or when the
// request fails, the forms simply post and the page comes back: nothing depends on it.
(function () {
  'use strict';
  if (window.kinopanoramaSaveFilm) {
    return;
  }
  window.kinopanoramaSaveFilm = true;

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-save-film')) {
      return;
    }
    var button = form.querySelector('button[type=submit]');
    if (!button || !window.fetch) {
      return;
    }
    event.preventDefault();
    button.disabled = true;
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'X-Kinopanorama-Script': '1' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (state) {
      form.action = state.action;
      button.textContent = state.label;
      button.setAttribute('aria-pressed', state.on ? 'true' : 'false');
      button.classList.toggle('button--saved', state.on);
      button.disabled = false;
    }).catch(function () {
      form.submit(); // the plain form, whose answer explains what went wrong
    });
  });
})();
