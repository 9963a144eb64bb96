// The editor's decisions, made where the corrections are read: a verdict and a comment beside each one,
// what the text becomes, a counter of pending items and keys to go through them. Opened as a file, the
// page keeps decisions in localStorage (under the run's key) until they are downloaded as review.toml;
// served by `toolkit review --serve`, it saves each decision in the decisions file and can re-clean.
(function () {
  "use strict";
  const main = document.querySelector("main[data-run]");
  const bar = document.getElementById("review");
  if (!main || !bar) return;
  const notes = Array.from(document.querySelectorAll(".note[data-verdicts]"));
  const byId = new Map(notes.map((n) => [n.id, n]));
  const place = new Map(notes.map((n, i) => [n, i]));
  const listed = new Map();
  for (const a of document.querySelectorAll(".pending li > a:first-child")) listed.set(a.getAttribute("href").slice(1), a.parentElement);
  const status = document.getElementById("review-status");
  const recleanButton = document.getElementById("reclean");
  const STORE = "toolkit-review:" + main.dataset.run;
  const API = "/api/";
  const HEADERS = { "X-Toolkit-Review": "1" };  // a page of another site cannot send it without asking first
  const HEADER = "# Editor's decisions for `toolkit clean`: accept, reject, or (for a flagged item) apply.";
  const none = { verdict: "", comment: "" };
  const same = (x, y) => x.verdict === y.verdict && x.comment === y.comment;

  // shown: the decisions the report was made with (its text follows them); saved: what the decisions
  // file holds (served: the file itself; opened as a file: what the report was made with)
  const shown = new Map(notes.map((n) => [n.id, { verdict: n.dataset.verdict, comment: n.dataset.comment }]));
  let saved = new Map(shown);
  const state = new Map(shown);
  let served = null;  // the decisions file's name when served
  let current = null;
  let saving = Promise.resolve();

  function say(text, error = false) {
    status.textContent = text;
    status.classList.toggle("error", error);
  }

  // --- kept in the page ------------------------------------------------------------------------

  function loadLocal() {
    try {
      const kept = JSON.parse(localStorage.getItem(STORE) || "{}");
      for (const [id, d] of Object.entries(kept)) {
        if (byId.has(id) && d && typeof d.verdict === "string" && typeof d.comment === "string" &&
            (d.verdict === "" || byId.get(id).dataset.verdicts.split(" ").includes(d.verdict))) {
          state.set(id, { verdict: d.verdict, comment: d.comment });
        }
      }
    } catch (e) {
      say("this browser keeps no decisions for this page: download them before closing it");
    }
  }

  function storeLocal() {
    // only what the report was not made with: a re-clean with the downloaded file empties it
    const unsaved = {};
    for (const [id, d] of state) if (!same(d, saved.get(id))) unsaved[id] = d;
    try {
      if (Object.keys(unsaved).length) localStorage.setItem(STORE, JSON.stringify(unsaved));
      else localStorage.removeItem(STORE);
    } catch (e) { /* said at load */ }
  }

  // --- served by toolkit review --serve ---------------------------------------------------------

  function adopt(answer) {
    served = answer.file;
    saved = new Map(notes.map((n) => {
      const d = answer.decisions[n.id];
      return [n.id, d ? { verdict: d.verdict, comment: d.comment || "" } : none];
    }));
  }

  async function probe() {
    if (!location.protocol.startsWith("http")) return false;
    try {
      const r = await fetch(API + "decisions", { headers: HEADERS, cache: "no-store" });
      if (!r.ok) return false;
      adopt(await r.json());
      return true;
    } catch (e) {
      return false;
    }
  }

  async function call(path, body) {
    const r = await fetch(API + path, {
      method: "POST", cache: "no-store", body: JSON.stringify(body),
      headers: Object.assign({ "Content-Type": "application/json" }, HEADERS),
    });
    let answer = {};
    try { answer = await r.json(); } catch (e) { /* not JSON: said by the status below */ }
    if (!r.ok) throw new Error(answer.error || `${r.status} ${r.statusText}`);
    return answer;
  }

  function save(id) {
    const d = state.get(id);
    saving = saving.then(async () => {
      say("saving…");
      try {
        adopt(await call("decisions", { decisions: { [id]: d.verdict ? d : null } }));
        say(`saved in ${served}`);
      } catch (e) {
        state.set(id, saved.get(id));  // the file is the truth: show what it holds
        say(`not saved: ${e.message}`, true);
      }
      render(id);
      count();
    });
  }

  async function reclean() {
    recleanButton.disabled = true;
    say("cleaning…");
    try {
      await saving;
      const answer = await call("clean", {});
      if (answer.errors && answer.errors.length) throw new Error(answer.errors.join("; "));
      try {
        if (current) sessionStorage.setItem(STORE + ":current", current.id);  // back to it after the reload
      } catch (e) { /* the reload starts at the top */ }
      location.reload();
    } catch (e) {
      say(`not cleaned: ${e.message}`, true);
      recleanButton.disabled = false;
    }
  }

  // --- the page ---------------------------------------------------------------------------------

  function render(id) {
    const n = byId.get(id), d = state.get(id), before = shown.get(id);
    n.classList.toggle("decided", d.verdict !== "");
    n.classList.toggle("unsaved", !same(d, saved.get(id)));
    n.dataset.now = d.verdict;
    for (const b of n.querySelectorAll(".decide .verdict")) b.setAttribute("aria-pressed", String(b.dataset.verdict === d.verdict));
    const box = n.querySelector(".decide .comment");
    if (box !== document.activeElement && box.value !== d.comment) box.value = d.comment;
    // what the next clean makes of the text, once the verdict is not the one the report shows
    for (const o of n.querySelectorAll(".outcome")) o.hidden = d.verdict === before.verdict || o.dataset.if !== d.verdict;
    const li = listed.get(id);
    if (li) {
      li.classList.toggle("decided", d.verdict !== "");
      li.dataset.now = d.verdict;
    }
  }

  function count() {
    let pending = 0, urgent = 0, unsaved = 0;
    for (const n of notes) {
      const d = state.get(n.id);
      if (!d.verdict) {
        pending += 1;
        urgent += n.classList.contains("urgent");
      }
      unsaved += !same(d, saved.get(n.id));
    }
    document.getElementById("pending-count").textContent = pending;
    document.getElementById("urgent-count").textContent = urgent;
    if (!served) {
      say(unsaved ? `${unsaved} decision(s) not in the decisions file yet: download review.toml` : "");
    }
  }

  function changed(id) {
    render(id);
    count();
    window.reportFilters.apply();
    if (!served) storeLocal();
    else if (!same(state.get(id), saved.get(id)) && (state.get(id).verdict || saved.get(id).verdict)) save(id);
  }

  function decide(n, verdict) {
    if (!n) {
      say("pick an item first (j)");
      return;
    }
    if (verdict && !n.dataset.verdicts.split(" ").includes(verdict)) {
      say(`${verdict} is not possible for ${n.id}: the cleaner made that change itself`, true);
      return;
    }
    const d = state.get(n.id);
    if (d.verdict === verdict) return;
    state.set(n.id, { verdict, comment: d.comment });
    changed(n.id);
  }

  function select(n, scroll = true) {
    if (current) current.classList.remove("current");
    current = n;
    if (!n) return;
    n.classList.add("current");
    if (scroll) n.scrollIntoView({ block: "center" });
    if (!n.contains(document.activeElement)) n.focus({ preventScroll: true });
  }

  function move(step, pendingOnly) {
    const list = notes.filter((n) => !n.closest("[hidden]") && !(pendingOnly && state.get(n.id).verdict));
    if (!list.length) {
      say(pendingOnly ? "nothing pending" : "no correction shown");
      return;
    }
    const here = current ? place.get(current) : (step > 0 ? -1 : notes.length);
    // the next (previous) in page order, round to the first (last) at the end
    const next = step > 0 ? list.find((n) => place.get(n) > here) || list[0]
                          : list.slice().reverse().find((n) => place.get(n) < here) || list[list.length - 1];
    select(next);
  }

  // --- decisions file -----------------------------------------------------------------------------

  function tomlString(text) {
    // as review._toml_string writes it: control characters escaped, a lone surrogate as U+FFFD
    let out = '"';
    for (const ch of text) {
      const code = ch.codePointAt(0);
      if (ch === '"' || ch === "\\") out += "\\" + ch;
      else if (ch === "\n") out += "\\n";
      else if (ch === "\t") out += "\\t";
      else if (code < 0x20 || code === 0x7f) out += "\\u" + code.toString(16).padStart(4, "0");
      else if (code >= 0xd800 && code <= 0xdfff) out += "\ufffd";
      else out += ch;
    }
    return out + '"';
  }

  function toml() {
    // the same bytes as review.dumps_decisions; ids are ASCII (model.correction_id), so sort() orders them as Python does
    const lines = [HEADER, ""];
    for (const id of Array.from(state.keys()).filter((id) => state.get(id).verdict).sort()) {
      const d = state.get(id);
      lines.push(`[decisions.${tomlString(id)}]`, `verdict = ${tomlString(d.verdict)}`);
      if (d.comment) lines.push(`comment = ${tomlString(d.comment)}`);
      lines.push("");
    }
    return lines.join("\n");
  }

  function download() {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([toml()], { type: "application/toml" }));
    link.download = "review.toml";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }

  // --- wiring --------------------------------------------------------------------------------------

  for (const n of notes) {
    n.querySelector(".decide").hidden = false;
    n.addEventListener("click", (e) => {
      if (!e.target.closest("a")) select(n, false);
      const b = e.target.closest(".decide .verdict");
      if (b) decide(n, b.dataset.verdict);
    });
    const box = n.querySelector(".decide .comment");
    box.addEventListener("input", () => {
      state.set(n.id, { verdict: state.get(n.id).verdict, comment: box.value });
      if (!served) changed(n.id);
    });
    box.addEventListener("change", () => changed(n.id));
  }

  const keys = {
    j: () => move(1, true), k: () => move(-1, true), J: () => move(1, false), K: () => move(-1, false),
    a: () => decide(current, "accept"), r: () => decide(current, "reject"), p: () => decide(current, "apply"),
    u: () => decide(current, ""), d: download,
    c: () => current ? current.querySelector(".decide .comment").focus() : say("pick an item first (j)"),
  };
  // where keys are text, not commands (a filter's checkbox is not: j still moves from it)
  const TYPING = "textarea, select, [contenteditable], input:not([type=checkbox]):not([type=radio]):not([type=button])";
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.target.closest && e.target.closest(TYPING)) {
      if (e.key === "Escape" && current) {
        e.target.blur();  // commits the comment (a change event)
        current.focus({ preventScroll: true });
      }
      return;
    }
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  });
  document.getElementById("download").addEventListener("click", download);
  recleanButton.addEventListener("click", reclean);

  (async function start() {
    if (await probe()) {
      for (const [id, d] of saved) state.set(id, d);
      recleanButton.hidden = false;
      say(`decisions are saved in ${served} as they are made`);
    } else {
      loadLocal();
      storeLocal();
    }
    for (const n of notes) render(n.id);
    count();
    window.reportFilters.apply();
    bar.hidden = false;
    bar.dataset.mode = served ? "served" : "file";
    let back = null;
    try {
      back = sessionStorage.getItem(STORE + ":current");
      sessionStorage.removeItem(STORE + ":current");
    } catch (e) { /* no item to go back to */ }
    if (back && byId.has(back)) select(byId.get(back));
  })();
})();
