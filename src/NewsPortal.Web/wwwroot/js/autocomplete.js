// Fills the actor datalist from /api/actors/suggest as the reader types (any spelling, Arabic or English).
(() => {
  for (const input of document.querySelectorAll('input[data-autocomplete="actors"]')) {
    const list = document.getElementById(input.getAttribute('list'));
    if (!list) continue;
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q.length < 2) return;
        const response = await fetch('/api/actors/suggest?q=' + encodeURIComponent(q));
        if (!response.ok) return;
        const suggestions = await response.json();
        list.replaceChildren(...suggestions.map(s => {
          const option = document.createElement('option');
          option.value = s.text;
          option.label = s.name;
          return option;
        }));
      }, 150);
    });
  }
})();
