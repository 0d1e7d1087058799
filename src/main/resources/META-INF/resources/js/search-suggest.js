/*
 * Suggestions while a film title is typed, for every <input data-suggest> inside a GET form to /search.
 * Progressive enhancement: without this script (or when a request fails) the form simply submits.
 * The input becomes an ARIA 1.2 combobox with a listbox popup: Down/Up move through the films,
 * Enter opens the one chosen (or submits the search when none is), Escape closes the list.
 * Suggestions come from GET /search/suggest?q=... as [{"id":1,"title":"...","year":1957}].
 * Words come from the page, in its language: data-suggest-label names the list, data-suggest-status
 * says how many films are suggested, one text per plural form ("one:# film suggested.|other:# films
 * suggested."), chosen with Intl.PluralRules for the page's <html lang>.
 */
(function () {
  'use strict';

  var DELAY_MS = 150;
  var MIN_LENGTH = 2;
  var counter = 0;

  /** "one:# film|other:# films" as {one: "# film", other: "# films"}. */
  function pluralForms(text) {
    var forms = {};
    (text || '').split('|').forEach(function (part) {
      var colon = part.indexOf(':');
      if (colon > 0) {
        forms[part.slice(0, colon)] = part.slice(colon + 1);
      }
    });
    return forms;
  }

  function statusText(input, count) {
    var forms = pluralForms(input.getAttribute('data-suggest-status'));
    var lang = document.documentElement.lang || 'en';
    var category = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang).select(count) : (count === 1 ? 'one' : 'other');
    var form = forms[category] || forms.other;
    if (!form) {
      form = count === 1 ? '# film suggested; use the arrow keys to choose.' : '# films suggested; use the arrow keys to choose.';
    }
    return form.replace('#', String(count));
  }

  function enhance(input) {
    counter += 1;
    var id = (input.id || 'suggest-' + counter) + '-suggestions';
    var host = input.parentElement;
    var list = document.createElement('ul');
    var status = document.createElement('p');
    var timer = null;
    var pending = null;
    var films = [];
    var active = -1;

    list.id = id;
    list.className = 'suggest-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || 'Films');
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    host.classList.add('suggest-host');
    input.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.setAttribute('autocomplete', 'off');

    function optionId(i) {
      return id + '-' + i;
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function show(items) {
      films = items;
      active = -1;
      list.textContent = '';
      items.forEach(function (film, i) {
        var option = document.createElement('li');
        option.id = optionId(i);
        option.className = 'suggest-list__option';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = film.year ? film.title + ' (' + film.year + ')' : film.title;
        option.addEventListener('click', function () { open(i); });
        list.appendChild(option);
      });
      status.textContent = items.length === 0 ? '' : statusText(input, items.length);
      if (items.length === 0) {
        close();
        return;
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(i) {
      var options = list.children;
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = i;
      if (i < 0) {
        input.removeAttribute('aria-activedescendant');
        return;
      }
      options[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', optionId(i));
      options[i].scrollIntoView({ block: 'nearest' });
    }

    function open(i) {
      window.location.assign('/films/' + encodeURIComponent(films[i].id));
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (pending) {
        pending.abort();
        pending = null;
      }
      if (q.length < MIN_LENGTH) {
        close();
        return;
      }
      pending = new AbortController();
      fetch('/search/suggest?q=' + encodeURIComponent(q), {
        headers: { Accept: 'application/json' },
        signal: pending.signal
      }).then(function (response) {
        return response.ok ? response.json() : [];
      }).then(function (items) {
        if (input.value.trim() === q && document.activeElement === input) {
          show(Array.isArray(items) ? items : []);
        }
      }).catch(function () {
        // aborted or offline: the form still submits
      });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      var expanded = !list.hidden;
      switch (event.key) {
        case 'ArrowDown':
          if (!expanded) {
            if (films.length > 0) {
              show(films);
            }
            event.preventDefault();
            return;
          }
          highlight(active + 1 < films.length ? active + 1 : 0);
          event.preventDefault();
          break;
        case 'ArrowUp':
          if (expanded) {
            highlight(active > 0 ? active - 1 : films.length - 1);
            event.preventDefault();
          }
          break;
        case 'Enter':
          if (expanded && active >= 0) {
            event.preventDefault();
            open(active);
          }
          break;
        case 'Escape':
          if (expanded) {
            event.preventDefault();
            close();
          }
          break;
        default:
          break;
      }
    });

    // keeps the focus in the input while an option is clicked
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    input.addEventListener('blur', close);
  }

  function start() {
    if (!('fetch' in window) || !('AbortController' in window)) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
