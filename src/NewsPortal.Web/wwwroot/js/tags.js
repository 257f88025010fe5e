// An article's tags are one tab stop: Tab reaches the current tag, arrow keys (and Home/End) move
// between tags, so a keyboard user passes a tagged article in one press.
document.addEventListener("DOMContentLoaded", () => {
  for (const body of document.querySelectorAll(".article-body")) {
    const tags = [...body.querySelectorAll("[data-tip]")];
    if (tags.length === 0) continue;
    const rtl = getComputedStyle(body).direction === "rtl";
    body.addEventListener("keydown", (event) => {
      const at = tags.indexOf(document.activeElement);
      if (at < 0) return;
      const forward = rtl ? "ArrowLeft" : "ArrowRight";
      const back = rtl ? "ArrowRight" : "ArrowLeft";
      const to = { [forward]: at + 1, ArrowDown: at + 1, [back]: at - 1, ArrowUp: at - 1, Home: 0, End: tags.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = tags[Math.max(0, Math.min(tags.length - 1, to))];
      tags[at].tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });
  }
});
