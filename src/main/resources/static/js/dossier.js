// Dossier pages: the print button of a receipt (inline handlers are forbidden by the CSP).
(function () {
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
