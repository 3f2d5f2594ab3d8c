// Progressive help for quizzes: keys 1-9 choose an option, Enter goes on, ← goes back,
// the time limit counts down, and the browser's time zone is remembered. Everything works without this file.
(function () {
  "use strict";

  function onKey(event) {
    var form = document.querySelector("form[data-keys=options]");
    if (!form || form.hidden || event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "textarea" || (tag === "input" && event.target.type === "text")) return;
    if (/^[1-9]$/.test(event.key)) {
      var radio = form.querySelector('input[data-key="' + event.key + '"]:not(:disabled)');
      if (radio) { radio.checked = true; radio.focus(); event.preventDefault(); }
    } else if (event.key === "Enter" && tag !== "button" && tag !== "a") {
      var next = form.querySelector("[data-next]");
      if (next) { next.click(); event.preventDefault(); }
    } else if (event.key === "ArrowLeft" && tag !== "input") {
      var prev = form.querySelector("[data-prev]");
      if (prev) { prev.click(); event.preventDefault(); }
    }
  }

  function startTimer() {
    var box = document.querySelector(".timer[data-remaining]");
    if (!box) return;
    var left = parseInt(box.getAttribute("data-remaining"), 10);
    var out = box.querySelector(".timer-value");
    var alert = document.querySelector("[data-timer-alert]");
    var warnings = [[300, "Five minutes left."], [60, "One minute left."]];
    var tick = function () {
      var before = left;
      left = Math.max(0, left - 1);
      warnings.forEach(function (w) {  // a screen reader hears the time running out, once each
        if (alert && before > w[0] && left <= w[0]) alert.textContent = w[1];
      });
      out.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      if (left <= 60) box.classList.add("low");
      if (left === 0) { window.location.reload(); return; }  // the server closes the attempt
      window.setTimeout(tick, 1000);
    };
    window.setTimeout(tick, 1000);
  }

  // The browser's time zone, for the times the server shows and reads (app/timezones.py).
  function rememberZone() {
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return; }
    if (!zone || document.cookie.indexOf("tz=" + zone) !== -1) return;
    document.cookie = "tz=" + zone + "; path=/; max-age=31536000; SameSite=Lax";
  }

  rememberZone();
  document.addEventListener("keydown", onKey);
  document.addEventListener("DOMContentLoaded", startTimer);
})();
