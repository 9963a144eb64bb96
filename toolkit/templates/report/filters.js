// Without JS every row shows; the filters only hide, so the page stays complete when scripts are off.
// `only pending` reads the `decided` class the review script keeps on each note (and re-applies on a decision).
window.reportFilters = (function () {
  const form = document.getElementById("filters");
  form.hidden = false;
  const checked = (name) => new Set(Array.from(form.querySelectorAll(`input[name=${name}]:checked`), (i) => i.value));
  const open = ".note:not(.decided):not([hidden])";

  function apply() {
    const kinds = checked("kind"), actions = checked("action");
    const pendingOnly = form.querySelector("input[name=pending]").checked;
    for (const el of document.querySelectorAll("[data-kind][data-action]")) {
      el.hidden = !(kinds.has(el.dataset.kind) && actions.has(el.dataset.action)) || (pendingOnly && el.classList.contains("decided"));
    }
    const unchanged = form.querySelector("input[name=unchanged]").checked;
    for (const row of document.querySelectorAll("table.diff > tbody > tr")) {
      row.hidden = (!unchanged && row.classList.contains("same")) || (pendingOnly && !row.querySelector(open));
    }
    for (const article of document.querySelectorAll("main article")) {
      article.hidden = pendingOnly && !article.querySelector(open);
    }
  }

  form.addEventListener("change", apply);
  return { apply };
})();
