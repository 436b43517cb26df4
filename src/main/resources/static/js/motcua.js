// Text size (A- / A / A+) and high contrast, kept in cookies for a year; htmx sends the CSRF token.
(function () {
  const sizes = ['smaller', 'normal', 'larger', 'largest'];
  const root = document.documentElement;
  function setCookie(name, value) {
    document.cookie = name + '=' + value + '; path=/; max-age=31536000; SameSite=Lax';
  }
  function currentSize() {
    return sizes.find(s => root.classList.contains('font-' + s)) || 'normal';
  }
  function applySize(size) {
    sizes.forEach(s => root.classList.remove('font-' + s));
    if (size !== 'normal') root.classList.add('font-' + size);
    setCookie('motcua-font', size);
  }
  document.addEventListener('click', function (event) {
    const fontButton = event.target.closest('[data-font]');
    if (fontButton) {
      const wanted = fontButton.dataset.font;
      const index = sizes.indexOf(currentSize());
      if (wanted === 'normal') applySize('normal');
      else if (wanted === 'larger') applySize(sizes[Math.min(index + 1, sizes.length - 1)]);
      else applySize(sizes[Math.max(index - 1, 0)]);
    }
    const contrastButton = event.target.closest('[data-contrast]');
    if (contrastButton) {
      const on = root.classList.toggle('high-contrast');
      setCookie('motcua-contrast', on ? 'high' : 'normal');
      contrastButton.setAttribute('aria-pressed', on);
    }
  });
  document.addEventListener('htmx:configRequest', function (event) {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) event.detail.headers[header.content] = token.content;
  });
})();
