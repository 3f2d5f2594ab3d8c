// Flashcard study keys: Space shows the answer, 1-4 rate (or pick an option first in multiple-choice
// mode), U undoes the last rating. Revealing happens in the page without a round trip; ratings are
// the page's own forms. Everything works without this file: links and forms do the same.
(function () {
  "use strict";

  var shownAt = Date.now();
  var sent = false;

  function card() { return document.querySelector("[data-flashcard]"); }

  function typing(target) {
    var tag = (target.tagName || "").toLowerCase();
    return tag === "textarea" || tag === "select" || (tag === "input" && target.type !== "hidden" &&
      target.type !== "radio" && target.type !== "checkbox") || target.isContentEditable;
  }

  function revealed(box) { var back = box.querySelector("[data-back]"); return !back || !back.hidden; }

  function markChoice(box, chosen) {
    box.querySelectorAll("[data-choices] li").forEach(function (li) {
      var right = li.getAttribute("data-correct") === "1";
      var mine = li.contains(chosen);
      li.classList.toggle("is-correct", right);
      li.classList.toggle("is-wrong", mine && !right);
      li.querySelector("[data-badge=correct]").hidden = !right;
      li.querySelector("[data-badge=wrong]").hidden = !(mine && !right);
      li.querySelector("button").disabled = true;
      if (mine) graded(box, chosen, right);
      if (mine) {
        var verdict = box.querySelector("[data-verdict]");
        if (verdict) {
          verdict.hidden = false;
          verdict.textContent = right ? "Correct!" : "Not quite.";
          verdict.className = "verdict " + (right ? "ok" : "bad");
        }
      }
    });
  }

  // The pick goes with the rating; a wrong one is rated Again (the server applies the same rule).
  function graded(box, chosen, right) {
    var form = box.querySelector("[data-ratings]");
    if (!form) return;
    var field = form.querySelector("input[name=choice]");
    if (field) field.value = chosen.value;
    if (right) return;
    form.querySelectorAll("[data-rating]").forEach(function (b) {
      b.hidden = b.getAttribute("data-rating") !== "1";
    });
    var note = form.querySelector("[data-graded]");
    if (note) note.hidden = false;
  }

  function reveal(box, chosen) {
    if (revealed(box)) return;
    if (chosen) markChoice(box, chosen);
    box.querySelector("[data-back]").hidden = false;
    box.classList.add("is-revealed");
    var link = box.querySelector("[data-reveal]");
    if (link) link.parentNode.hidden = true;
    // Enter then rates Good; a wrong pick in multiple-choice mode suggests Again instead.
    var wrong = chosen && chosen.closest("li").getAttribute("data-correct") !== "1";
    var focus = box.querySelector('[data-rating="' + (wrong ? 1 : 3) + '"]');
    if (focus) focus.focus({ preventScroll: true });
  }

  function rate(box, n) {
    var button = box.querySelector('[data-rating="' + n + '"]');
    if (button && !button.hidden && !sent) button.click();
  }

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    var box = card();
    if (event.key === "u" || event.key === "U") {
      var undo = document.querySelector("[data-undo] button");
      if (undo && !sent) { event.preventDefault(); sent = true; undo.click(); }
      return;
    }
    if (!box) return;
    if (event.key === " " || event.key === "Spacebar") {
      event.preventDefault();
      reveal(box, null);
    } else if (/^[1-9]$/.test(event.key)) {
      if (revealed(box)) {
        if (event.key <= "4") { event.preventDefault(); rate(box, event.key); }
      } else if (box.getAttribute("data-mode") === "choice") {
        var option = box.querySelector('[data-choices] [data-key="' + event.key + '"]');
        if (option) { event.preventDefault(); reveal(box, option); }
      }
    }
  }

  function onClick(event) {
    var box = card();
    if (!box) return;
    var link = event.target.closest("[data-reveal]");
    var option = event.target.closest("[data-choices] button");
    if (link || option) { event.preventDefault(); reveal(box, option); }
  }

  function onSubmit(event) {
    var form = event.target;
    if (!form.matches("[data-ratings], [data-undo]")) return;
    // One rating per card on this page: a double click sends one (the server ignores repeats too).
    if (form.getAttribute("data-sent")) { event.preventDefault(); return; }
    form.setAttribute("data-sent", "1");
    sent = true;
    var duration = form.querySelector("input[name=duration]");
    if (duration) duration.value = String(Math.min(Date.now() - shownAt, 86400000));
  }

  // Settings: offer the device's time zone when it differs from the one chosen.
  function offerZone() {
    var hint = document.querySelector("[data-zone-hint]");
    var select = document.getElementById("time_zone");
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!hint || !select || !zone || select.value === zone) return;
    if (!select.querySelector('option[value="' + zone.replace(/"/g, "") + '"]')) return;
    var use = hint.querySelector("[data-use-zone]");
    use.textContent = zone.replace(/_/g, " ");
    use.addEventListener("click", function () { select.value = zone; hint.hidden = true; select.focus(); });
    hint.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", offerZone);
  document.addEventListener("keydown", onKey);
  document.addEventListener("click", onClick);
  document.addEventListener("submit", onSubmit);
  // Coming back through the browser's history shows a stale page: let its forms be sent again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    sent = false;
    shownAt = Date.now();
    document.querySelectorAll("form[data-sent]").forEach(function (f) { f.removeAttribute("data-sent"); });
  });
})();
