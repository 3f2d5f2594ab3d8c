// A quiz attempt on one page: the question page carries every question of the attempt (in
// #attempt-data, nothing that gives an answer away), so moving between questions needs no page
// load, and each choice is saved with one small JSON request before the learner moves on.
// The address follows along (/attempts/<id>/<n>, then /submit), so reload, back and forward
// work as on the server-rendered pages. Without this file (or without fetch) the page's form
// does the same with a full request per question.
(function () {
  "use strict";

  var data, form, csrf, current, busy = false;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function slot(n) { return data.slots[n - 1]; }
  function total() { return data.slots.length; }
  function answered() { return data.slots.filter(function (s) { return s.chosen !== null; }).length; }

  function setProgress(n) {
    var text = document.querySelector(".progress-text");
    if (text) text.textContent = "Question " + n + " of " + total() + " · " + answered() + " answered";
    var bar = document.querySelector(".quiz-head progress");
    if (bar) bar.value = answered();
    document.querySelectorAll("nav.jump a").forEach(function (a, i) {
      var s = data.slots[i];
      a.classList.toggle("answered", s.chosen !== null);
      a.classList.toggle("current", s.number === n);
      if (s.number === n) a.setAttribute("aria-current", "step"); else a.removeAttribute("aria-current");
    });
  }

  function showError(message) {
    var box = document.querySelector(".save-error");
    if (!box) {
      box = el("p", { "class": "flash flash-error save-error", role: "alert" });
      form.parentNode.insertBefore(box, form);
    }
    box.textContent = message;
  }

  function clearError() {
    var box = document.querySelector(".save-error");
    if (box) box.remove();
  }

  function navButton(label, go, cls, mark) {
    var b = el("button", { "class": cls, type: "submit", name: "go", value: go }, label);
    b.setAttribute(mark, "");
    return b;
  }

  // Question n in place of the current one: the same markup as quiz/_options.html.
  function show(n, push) {
    var s = slot(n);
    current = n;
    clearError();
    var fieldset = form.querySelector("fieldset");
    fieldset.textContent = "";
    fieldset.appendChild(el("legend", { "class": "stem", tabindex: "-1" }, s.stem));
    var list = el("ol", { "class": "options", type: "A" });
    s.options.forEach(function (o, i) {
      var input = el("input", { type: "radio", name: "option", value: String(o.id), "data-key": String(i + 1) });
      input.checked = o.id === s.chosen;
      var label = el("label");
      label.appendChild(input);
      label.appendChild(el("span", { "class": "key", "aria-hidden": "true" }, String(i + 1)));
      label.appendChild(el("span", { "class": "text" }, o.text));
      var item = el("li", { "class": "option" });
      item.appendChild(label);
      list.appendChild(item);
    });
    fieldset.appendChild(list);
    var nav = form.querySelector("p.nav");
    nav.textContent = "";
    if (n > 1) nav.appendChild(navButton("← Previous", "prev", "button secondary", "data-prev"));
    if (n < total()) nav.appendChild(navButton("Next →", "next", "button", "data-next"));
    else nav.appendChild(navButton("Review and submit", "submit", "button", "data-next"));
    var hint = form.querySelector("p.hint");
    if (hint) hint.textContent = "Keys: 1–" + s.options.length + " choose · Enter saves and goes on · ← previous";
    form.hidden = false;
    document.querySelector("nav.jump").hidden = false;
    var box = document.querySelector(".review-now");
    if (box) box.remove();
    document.title = data.title + " · " + n + " of " + total() + " · Factdeck";
    setProgress(n);
    if (push) history.pushState({ n: n }, "", data.page + n);
    fieldset.querySelector("legend").focus({ preventScroll: true });
  }

  // The summary before submitting: the same content as quiz/submit.html.
  function review(push) {
    current = 0;
    clearError();
    form.hidden = true;
    document.querySelector("nav.jump").hidden = true;
    var box = document.querySelector(".review-now");
    if (box) box.remove();
    box = el("section", { "class": "card review-now" });
    var missing = data.slots.filter(function (s) { return s.chosen === null; });
    var p = el("p");
    if (missing.length) {
      p.appendChild(document.createTextNode("You have not answered " + missing.length +
        " question" + (missing.length > 1 ? "s" : "") + ": "));
      missing.forEach(function (s, i) {
        var a = el("a", { href: data.page + s.number }, String(s.number));
        a.addEventListener("click", function (e) { e.preventDefault(); show(s.number, true); });
        p.appendChild(a);
        p.appendChild(document.createTextNode(i < missing.length - 1 ? ", " : "."));
      });
    } else {
      p.textContent = "All " + total() + " questions are answered.";
    }
    box.appendChild(p);
    box.appendChild(el("p", {}, "Once submitted, the answers cannot be changed."));
    var submit = el("form", { method: "post", action: data.submit });
    submit.appendChild(el("input", { type: "hidden", name: "csrf_token", value: csrf }));
    var back = el("a", { "class": "button secondary", href: data.page + total() }, "← Back to the questions");
    back.addEventListener("click", function (e) { e.preventDefault(); show(total(), true); });
    submit.appendChild(back);
    submit.appendChild(document.createTextNode(" "));
    var button = el("button", { "class": "button", type: "submit" }, "Submit answers");
    button.setAttribute("data-next", "");
    submit.appendChild(button);
    box.appendChild(submit);
    form.parentNode.insertBefore(box, form);
    var text = document.querySelector(".progress-text");
    if (text) text.textContent = "Question " + total() + " of " + total() + " · " + answered() + " answered";
    document.title = "Submit · " + data.title + " · Factdeck";
    if (push) history.pushState({ review: true }, "", data.review);
    button.focus();
  }

  function go(where) {
    if (where === "prev") show(Math.max(1, current - 1), true);
    else if (where === "submit" || (where === "next" && current >= total())) review(true);
    else if (where === "next") show(current + 1, true);
    else show(where, true);
  }

  // Save the checked option (if it changed), then go; on failure stay and say why.
  function saveThenGo(where) {
    var s = slot(current);
    if (!s) return;  // the summary is showing: no question to save
    var checked = form.querySelector("input[name=option]:checked");
    var choice = checked ? parseInt(checked.value, 10) : null;
    if (choice === null || choice === s.chosen) { go(where); return; }
    busy = true;
    form.setAttribute("aria-busy", "true");
    fetch(data.save, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify({ question: s.question, option: choice })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        var error = body.error || {};
        if (response.ok && body.saved) {
          s.chosen = body.option;
          go(where);
        } else if (response.status === 409) {
          window.location.assign(error.result || data.review);
        } else if (response.status === 401) {
          window.location.assign(error.login || "/login");
        } else {
          showError("Your answer was not saved: " +
            (error.message || "the server answered " + response.status + ".") + " Please try again.");
        }
      });
    }, function () {
      showError("Your answer was not saved: the server could not be reached. Check the connection and try again.");
    }).then(function () {
      busy = false;
      form.removeAttribute("aria-busy");
    });
  }

  function start() {
    var source = document.getElementById("attempt-data");
    form = document.querySelector("form[data-keys=options]");
    if (document.querySelector("[data-attempt-summary]")) {
      // The summary page as the server sent it (after a reload): Back leads to entries this
      // script made in the same tab, which only a page load can show.
      window.addEventListener("popstate", function () { window.location.reload(); });
      return;
    }
    if (!source || !form || !window.fetch || !window.history.pushState) return;
    data = JSON.parse(source.textContent);
    var token = form.querySelector("input[name=csrf_token]");
    csrf = token ? token.value : "";
    var match = window.location.pathname.match(/\/(\d+)$/);
    current = match ? parseInt(match[1], 10) : 1;
    history.replaceState({ n: current }, "", window.location.href);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) return;  // a double click saves once
      var button = event.submitter;
      saveThenGo(button && button.value ? button.value : "next");
    });
    document.querySelectorAll("nav.jump a").forEach(function (a, i) {
      a.addEventListener("click", function (event) {
        event.preventDefault();
        if (!busy) saveThenGo(i + 1);
      });
    });
    window.addEventListener("popstate", function (event) {
      var state = event.state || {};
      if (state.review) review(false);
      else if (state.n) show(state.n, false);
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
