// Read-aloud for the public pages: the browser's own speech synthesis reads the main content
// in the page's language. An enhancement only: without JavaScript, or without speech in the
// browser, no button appears and nothing else changes. Nothing is sent anywhere.
(function () {
  'use strict';
  if (!('speechSynthesis' in window) || !window.SpeechSynthesisUtterance) return;
  var main = document.getElementById('main');
  if (!main || !document.body.classList.contains('public')) return;
  var label = main.getAttribute('data-read-aloud') || 'Lees voor';
  var stopLabel = main.getAttribute('data-stop-reading') || 'Stop';
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary read-aloud';
  button.textContent = label;
  button.setAttribute('aria-pressed', 'false');
  var reading = false;
  function stop() {
    window.speechSynthesis.cancel();
    reading = false;
    button.textContent = label;
    button.setAttribute('aria-pressed', 'false');
  }
  button.addEventListener('click', function () {
    if (reading) { stop(); return; }
    var parts = [];
    main.querySelectorAll('h1, h2, h3, p, li, dt, dd, label, legend').forEach(function (el) {
      if (el.closest('.hp') || el.closest('[aria-hidden="true"]')) return;
      var text = el.innerText.trim();
      if (text) parts.push(text);
    });
    var u = new SpeechSynthesisUtterance(parts.join('. '));
    u.lang = document.documentElement.lang || 'nl';
    u.onend = stop;
    reading = true;
    button.textContent = stopLabel;
    button.setAttribute('aria-pressed', 'true');
    window.speechSynthesis.speak(u);
  });
  main.insertBefore(button, main.firstChild);
})();
