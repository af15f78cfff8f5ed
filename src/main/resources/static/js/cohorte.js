// htmx requests carry the CSRF token like forms do (the page exposes it in meta tags when logged in).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// A button marked data-print prints the page (the print stylesheet keeps only the content).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// Enter in a search field whose results come as one types looks them up; it does not send the form around it.
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && event.target.matches('input[type=search][hx-get]')) {
    event.preventDefault();
    htmx.trigger(event.target, 'search');
  }
});

// A link to the confirmation of an action that cannot be undone opens the same confirmation in a DSFR modal;
// without JavaScript, or if the modal cannot be fetched, the link leads to the confirmation page.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[data-confirmation]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || !window.dsfr) {
    return;
  }
  event.preventDefault();
  // A redirect (the action refused, say) is left to the browser, so that the page it leads to keeps its message.
  fetch(link.href, { headers: { 'X-Confirmation': 'modal' }, credentials: 'same-origin', redirect: 'manual' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.text();
    })
    .then(function (html) {
      var slot = document.getElementById('confirmation-slot');
      if (!slot) {
        slot = document.createElement('div');
        slot.id = 'confirmation-slot';
        document.body.appendChild(slot);
      }
      slot.innerHTML = html;
      var modal = slot.querySelector('[data-confirmation-modal]');
      if (!modal) {
        throw new Error('no modal');
      }
      modal.addEventListener('dsfr.conceal', function () { link.focus(); });
      discloseWhenReady(modal, 300, function () { window.location.assign(link.href); });
    })
    .catch(function () {
      window.location.assign(link.href);
    });
});

// DSFR builds its instance of a modal added to the page on a later frame: ask it to open once it exists.
function discloseWhenReady(modal, frames, otherwise) {
  if (modal.hasAttribute('open')) {
    return;
  }
  var api = window.dsfr(modal);
  if (api && api.modal) {
    api.modal.disclose();
  }
  if (modal.hasAttribute('open')) {
    return;
  }
  if (frames > 0) {
    window.requestAnimationFrame(function () { discloseWhenReady(modal, frames - 1, otherwise); });
  } else {
    otherwise();
  }
}
