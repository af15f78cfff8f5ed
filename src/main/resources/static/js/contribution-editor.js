// A contribution's editor: a live preview, a draft that saves itself every two seconds while one
// types, and a copy on this device (localStorage) so that nothing is lost when the login expires.
// Without JavaScript the form's button saves as well.
(function () {
  'use strict';
  var form = document.getElementById('contribution-form');
  if (!form || !window.fetch) {
    return;
  }
  var id = form.getAttribute('data-contribution');
  var key = 'cohorte.contribution.' + id;
  var title = document.getElementById('title');
  var body = document.getElementById('body');
  var revision = document.getElementById('revision');
  var status = document.getElementById('autosave-status');
  var preview = document.getElementById('preview');
  var expired = document.getElementById('login-expired');
  var restored = document.getElementById('restored');
  var conflict = document.getElementById('conflict');
  var conflictSection = document.getElementById('conflict-section');
  var saveButton = document.getElementById('save');
  var tokenMeta = document.querySelector('meta[name="_csrf"]');
  var headerMeta = document.querySelector('meta[name="_csrf_header"]');
  var dirty = false;
  var saving = false;
  var stopped = conflict && !conflict.hidden;
  var previewTimer = null;

  function headers(accept) {
    var h = {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Accept': accept || 'application/json'};
    if (tokenMeta && headerMeta) {
      h[headerMeta.getAttribute('content')] = tokenMeta.getAttribute('content');
    }
    return h;
  }

  function params(values) {
    return Object.keys(values).map(function (name) {
      return encodeURIComponent(name) + '=' + encodeURIComponent(values[name]);
    }).join('&');
  }

  function keep() {
    try {
      localStorage.setItem(key, JSON.stringify({
        title: title.value, body: body.value, base: Number(revision.value), dirty: dirty, at: Date.now()
      }));
    } catch (ignored) {
      // Private browsing or a full storage: the server's autosave still works.
    }
  }

  function kept() {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null');
    } catch (ignored) {
      return null;
    }
  }

  function say(text) {
    status.textContent = text;
  }

  function label(name, number) {
    return (form.getAttribute('data-' + name + '-label') || '').replace('{0}', number);
  }

  function showPreview() {
    fetch(form.getAttribute('data-preview'), {method: 'POST', headers: headers('text/html'), body: params({body: body.value}),
      credentials: 'same-origin', redirect: 'follow'})
      .then(function (response) {
        if (response.ok && !response.redirected) {
          return response.text().then(function (html) {
            // The server sanitised it: no script, event handler or javascript: address survives.
            preview.innerHTML = html;
          });
        }
      })
      .catch(function () {
      });
  }

  function loginExpired() {
    stopped = true;
    keep();
    expired.hidden = false;
    say(label('failed', ''));
  }

  function showConflict(saved) {
    stopped = true;
    document.getElementById('saved-title').textContent = saved.title;
    document.getElementById('saved-text').textContent = saved.body;
    revision.value = saved.revision;
    conflict.hidden = false;
    conflictSection.hidden = false;
    saveButton.textContent = saveButton.getAttribute('data-save-mine') || saveButton.textContent;
    dirty = true;
    keep();
    conflict.scrollIntoView();
  }

  function autosave() {
    if (!dirty || saving || stopped) {
      return;
    }
    saving = true;
    dirty = false;
    var sent = {title: title.value, body: body.value};
    say(label('saving', ''));
    fetch(form.getAttribute('data-autosave'), {method: 'POST', headers: headers(),
      body: params({title: sent.title, body: sent.body, revision: revision.value}), credentials: 'same-origin', redirect: 'follow'})
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (response.status === 401 || response.status === 403 || response.redirected || type.indexOf('json') < 0) {
          dirty = true;
          loginExpired();
          return null;
        }
        return response.json().then(function (answer) {
          if (response.status === 409) {
            showConflict(answer);
          } else if (response.ok) {
            revision.value = answer.revision;
            dirty = dirty || sent.title !== title.value || sent.body !== body.value;
            keep();
            say(label('saved', answer.revision));
          } else {
            dirty = true;
            say(label('failed', ''));
          }
        });
      })
      .catch(function () {
        dirty = true;
        keep();
        say(label('failed', ''));
      })
      .then(function () {
        saving = false;
      });
  }

  function changed() {
    dirty = true;
    keep();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(showPreview, 300);
  }

  // Text kept on this device that the server never got (the login expired, the network went): it comes back.
  var copy = kept();
  if (copy && copy.dirty && (copy.body !== body.value || copy.title !== title.value)) {
    title.value = copy.title;
    body.value = copy.body;
    if (!stopped) {
      revision.value = copy.base;
    }
    restored.hidden = false;
    dirty = true;
    showPreview();
  } else {
    keep();
  }

  saveButton.setAttribute('data-save-mine', form.getAttribute('data-save-mine-label') || saveButton.textContent);
  title.addEventListener('input', changed);
  body.addEventListener('input', changed);
  form.addEventListener('submit', function () {
    dirty = false;
    stopped = true;
    try {
      localStorage.removeItem(key);
    } catch (ignored) {
    }
  });
  setInterval(autosave, 2000);
})();
