// Import of administrative units: the progress bar follows the upload (htmx:xhr:progress), then
// shows that the server is importing until the answer arrives.
(function () {
  function parts(form) {
    return {
      box: form.querySelector('[data-progress]'),
      bar: form.querySelector('[data-progress-bar]'),
      text: form.querySelector('[data-progress-text]')
    };
  }
  function show(form, percent, importing) {
    const p = parts(form);
    p.box.classList.remove('d-none');
    p.box.setAttribute('aria-valuenow', String(percent));
    p.bar.style.width = percent + '%';
    p.bar.classList.toggle('progress-bar-striped', importing);
    p.bar.classList.toggle('progress-bar-animated', importing);
    p.text.textContent = importing ? p.text.dataset.importing : p.text.dataset.uploading + ' ' + percent + '%';
  }
  document.addEventListener('htmx:beforeRequest', function (event) {
    const form = event.target.closest('[data-upload-progress]');
    if (form) {
      form.dataset.phase = 'upload';
      show(form, 0, false);
    }
  });
  document.addEventListener('htmx:xhr:progress', function (event) {
    const form = event.target.closest('[data-upload-progress]');
    if (!form || form.dataset.phase !== 'upload' || !event.detail.lengthComputable) return;
    const percent = Math.round(event.detail.loaded / event.detail.total * 100);
    if (percent >= 100) {
      // The upload is complete; what follows is the import on the server (download events are ignored).
      form.dataset.phase = 'import';
      show(form, 100, true);
    } else {
      show(form, percent, false);
    }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    const form = event.target.closest('[data-upload-progress]');
    if (form) {
      form.dataset.phase = 'done';
      const p = parts(form);
      p.box.classList.add('d-none');
      p.text.textContent = '';
    }
  });
})();
