// Selecting words in a note's text puts them in the "create a practice from a passage" form.
(function () {
  'use strict';
  var body = document.getElementById('contribution-body');
  var passage = document.getElementById('passage-text');
  if (!body || !passage) {
    return;
  }
  document.addEventListener('selectionchange', function () {
    var selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!body.contains(range.commonAncestorContainer)) {
      return;
    }
    var text = selection.toString().replace(/\s+/g, ' ').trim();
    if (text) {
      passage.value = text;
    }
  });
})();
