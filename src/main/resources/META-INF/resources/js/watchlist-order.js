// The owner's list page (templates/WatchlistResource/list.html). Drag a row by its handle to reorder the list: the
// whole new order is posted with the page's CSRF token, and the page is reloaded if the server refuses it. Without
// this script nothing is lost: each row's menu has Move up, Move down and a move-to-position form.
// Also the row menus (<details>): Escape closes the open one and gives the focus back to its button, opening one
// closes the others, and a click elsewhere closes it.
(function () {
  'use strict';

  function openMenus() {
    return Array.prototype.slice.call(document.querySelectorAll('details.row-menu[open]'));
  }

  document.addEventListener('toggle', function (event) {
    var menu = event.target;
    if (menu instanceof HTMLDetailsElement && menu.classList.contains('row-menu') && menu.open) {
      openMenus().forEach(function (other) {
        if (other !== menu) {
          other.open = false;
        }
      });
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var menu = document.activeElement && document.activeElement.closest ? document.activeElement.closest('details.row-menu[open]') : null;
    var menus = menu ? [menu] : openMenus();
    menus.forEach(function (m) {
      m.open = false;
    });
    if (menus.length === 1) {
      menus[0].querySelector('summary').focus();
    }
  });

  document.addEventListener('click', function (event) {
    openMenus().forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.open = false;
      }
    });
  });

  var list = document.querySelector('ol.watchlist-entries[data-sortable]');
  var form = document.querySelector('form.watchlist__order');
  if (!list || !form || !window.fetch || !window.PointerEvent) {
    return;
  }
  var status = document.querySelector('[data-order-status]');
  var hint = document.querySelector('.watchlist__order-hint');
  list.classList.add('is-sortable');
  if (hint) {
    hint.hidden = false;
  }

  var dragging = null;
  var grabOffset = 0;
  var before = '';
  var busy = false;

  function rows() {
    return Array.prototype.slice.call(list.children);
  }

  function order() {
    return rows().map(function (row) {
      return row.getAttribute('data-film');
    });
  }

  function middle(row) {
    var box = row.getBoundingClientRect();
    return box.top + box.height / 2;
  }

  function follow(y) {
    dragging.style.transform = '';
    var top = dragging.getBoundingClientRect().top;
    dragging.style.transform = 'translateY(' + (y - grabOffset - top) + 'px)';
  }

  list.addEventListener('pointerdown', function (event) {
    var handle = event.target.closest('.watchlist-entry__handle');
    if (!handle || busy || event.button !== 0) {
      return;
    }
    event.preventDefault();
    dragging = handle.closest('li');
    grabOffset = event.clientY - dragging.getBoundingClientRect().top;
    before = order().join(',');
    handle.setPointerCapture(event.pointerId);
    dragging.classList.add('is-dragging');
  });

  list.addEventListener('pointermove', function (event) {
    if (!dragging) {
      return;
    }
    var y = event.clientY;
    var previous = dragging.previousElementSibling;
    var next = dragging.nextElementSibling;
    if (previous && y < middle(previous)) {
      list.insertBefore(dragging, previous);
    } else if (next && y > middle(next)) {
      list.insertBefore(next, dragging);
    }
    if (y < 48) {
      window.scrollBy(0, -12);
    } else if (y > window.innerHeight - 48) {
      window.scrollBy(0, 12);
    }
    follow(y);
  });

  function drop() {
    if (!dragging) {
      return;
    }
    dragging.classList.remove('is-dragging');
    dragging.style.transform = '';
    dragging = null;
    var now = order();
    if (now.join(',') !== before) {
      save(now);
    }
  }

  list.addEventListener('pointerup', drop);
  list.addEventListener('pointercancel', drop);

  function save(films) {
    busy = true;
    var body = new URLSearchParams(new FormData(form));
    body.append('order', films.join(','));
    fetch(form.action, {
      method: 'POST',
      body: body,
      headers: { 'X-Kinopanorama-Script': '1' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      renumber();
      if (status) {
        status.textContent = status.getAttribute('data-saved');
      }
      busy = false;
    }).catch(function () {
      window.location.reload(); // the order the server keeps
    });
  }

  // What the server would draw for the new order: positions, and the first and last rows' Move buttons.
  function renumber() {
    var all = rows();
    all.forEach(function (row, i) {
      var position = row.querySelector('.watchlist-entry__position');
      if (position) {
        position.textContent = (i + 1) + '.';
      }
      var to = row.querySelector('input[name=position]');
      if (to) {
        to.value = i + 1;
      }
      var up = row.querySelector('button[name=direction][value=up]');
      var down = row.querySelector('button[name=direction][value=down]');
      if (up) {
        up.disabled = i === 0;
      }
      if (down) {
        down.disabled = i === all.length - 1;
      }
    });
  }
})();
