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
