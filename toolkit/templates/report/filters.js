// Without JS every row shows; the filters only hide, so the page stays complete when scripts are off.
(function () {
  const form = document.getElementById("filters");
  form.hidden = false;
  const checked = (name) => new Set(Array.from(form.querySelectorAll(`input[name=${name}]:checked`), (i) => i.value));
  form.addEventListener("change", () => {
    const kinds = checked("kind"), actions = checked("action");
    for (const el of document.querySelectorAll("[data-kind][data-action]")) {
      el.hidden = !(kinds.has(el.dataset.kind) && actions.has(el.dataset.action));
    }
    const unchanged = form.querySelector("input[name=unchanged]").checked;
    for (const el of document.querySelectorAll("tr.same")) el.hidden = !unchanged;
  });
})();
