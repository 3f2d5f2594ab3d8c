// The bank's keyboard review: j/k move between questions, a approves, r retires, e edits the
// question in place (Ctrl+Enter saves, Esc cancels), n asks for new wrong options. Each action
// is the page's own form sent as a small request (Accept: JSON); the item and the counts are
// redrawn from the answer and the next question is taken. Without this file the buttons and
// the question page do the same.
(function () {
  "use strict";

  var list = document.querySelector("[data-review]");
  if (!list) return;
  var status = document.querySelector("[data-review-status]");
  var token = (document.querySelector("#bulk input[name=csrf_token]") || {}).value || "";
  var busy = false;

  function items() { return Array.prototype.slice.call(list.querySelectorAll(".bank-item")); }
  function current() { return list.querySelector(".bank-item.is-current"); }

  function say(text) { if (status) { status.textContent = ""; status.textContent = text; } }

  function select(item) {
    if (!item) return;
    var was = current();
    if (was) was.classList.remove("is-current");
    item.classList.add("is-current");
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    var all = items();
    var at = all.indexOf(current());
    select(all[Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + step))]);
  }

  function send(url, body) {
    body.append("csrf_token", token);
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": token },
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (!r.ok) throw new Error((data.error && data.error.message) || "The change was not saved.");
        return data;
      });
    });
  }

  function count(name, delta) {
    var cell = document.querySelector('[data-count="' + name + '"]');
    if (cell) cell.textContent = String(parseInt(cell.textContent, 10) + delta);
  }

  function setStatus(item, value) {
    var before = item.getAttribute("data-status");
    if (before === value) return;
    count(before, -1);
    count(value, 1);
    item.setAttribute("data-status", value);
    item.className = item.className.replace(/status-\w+/, "status-" + value);
    var badge = item.querySelector("[data-badge]");
    if (badge) { badge.textContent = value; badge.className = "status-badge status-" + value; }
    item.querySelectorAll(".actions button[name=status]").forEach(function (b) { b.hidden = b.value === value; });
  }

  function drafts() {
    var cell = document.querySelector('[data-count="draft"]');
    return cell ? parseInt(cell.textContent, 10) : 0;
  }

  function changeStatus(item, value, verb) {
    var body = new FormData();
    body.append("ids", item.getAttribute("data-id"));
    body.append("status", value);
    return send(list.getAttribute("data-status-url"), body).then(function () {
      setStatus(item, value);
      say(verb + ". " + drafts() + " drafts left.");
      move(1);
    });
  }

  function redraw(item, q) {
    var old = item.getAttribute("data-id");
    item.setAttribute("data-id", q.id);
    item.setAttribute("data-edit", q.edit);
    item.setAttribute("data-distractors", q.distractors);
    var version = item.querySelector("[data-version]");
    if (version) version.textContent = "v" + q.version;
    var stem = item.querySelector("[data-stem]");
    stem.textContent = q.stem;
    stem.setAttribute("href", q.edit);
    var box = item.querySelector("[data-options]");
    box.textContent = "";
    q.options.forEach(function (o) {
      var li = document.createElement("li");
      li.textContent = o.text;
      if (o.correct) {
        li.className = "key";
        var badge = document.createElement("span");
        badge.className = "badge ok";
        badge.textContent = "answer";
        li.appendChild(document.createTextNode(" "));
        li.appendChild(badge);
      }
      box.appendChild(li);
    });
    item.querySelectorAll("input[name=ids], input[name=id]").forEach(function (i) { i.value = q.id; });
    // the labels name the question by its id ("Retire question 12"): a new version has a new one
    item.querySelectorAll("[aria-label]").forEach(function (el) {
      var label = el.getAttribute("aria-label");
      if (label.slice(-(" question " + old).length) === " question " + old) {
        el.setAttribute("aria-label", label.slice(0, label.length - String(old).length) + q.id);
      }
    });
  }

  function freshOptions(item) {
    return send(item.getAttribute("data-distractors"), new FormData()).then(function (data) {
      redraw(item, data.question);
      say("New wrong options, saved as version " + data.question.version + ".");
    });
  }

  function optionTexts(item) {
    return Array.prototype.map.call(item.querySelectorAll("[data-options] > li"), function (li) {
      return { text: li.firstChild ? li.firstChild.textContent.trim() : "", correct: li.classList.contains("key") };
    });
  }

  function edit(item) {
    if (item.querySelector("form.inline-edit")) return Promise.resolve();
    var id = item.getAttribute("data-id");
    var form = document.createElement("form");
    form.className = "inline-edit";
    var label = document.createElement("label");
    label.textContent = "Question";
    var stem = document.createElement("textarea");
    stem.name = "stem";
    stem.id = "edit-stem-" + id;
    label.htmlFor = stem.id;
    stem.value = item.querySelector("[data-stem]").textContent;
    form.appendChild(label);
    form.appendChild(stem);
    var set = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = "Options (the chosen one is correct)";
    set.appendChild(legend);
    optionTexts(item).forEach(function (o, n) {
      var row = document.createElement("div");
      row.className = "option-edit";
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "correct";
      radio.value = String(n);
      radio.checked = o.correct;
      radio.setAttribute("aria-label", "Option " + (n + 1) + " is correct");
      var text = document.createElement("input");
      text.type = "text";
      text.name = "options-" + n;
      text.value = o.text;
      text.setAttribute("aria-label", "Option " + (n + 1));
      row.appendChild(radio);
      row.appendChild(text);
      set.appendChild(row);
    });
    form.appendChild(set);
    var save = document.createElement("button");
    save.type = "submit";
    save.className = "button small";
    save.textContent = "Save as a new version";
    form.appendChild(save);
    var error = document.createElement("p");
    error.className = "error";
    error.setAttribute("role", "alert");
    form.appendChild(error);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) return;
      busy = true;
      send(item.getAttribute("data-edit"), new FormData(form)).then(function (data) {
        form.remove();
        redraw(item, data.question);
        select(item);
        say(data.changed ? "Saved as version " + data.question.version + "." : "Nothing changed.");
      }).catch(function (e) { error.textContent = e.message; }).then(function () { busy = false; });
    });
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); form.remove(); select(item); say("Edit cancelled."); }
      else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); save.click(); }
    });
    item.querySelector("[data-options]").after(form);
    stem.focus();
    return Promise.resolve();
  }

  var actions = {
    a: function (item) { return changeStatus(item, "approved", "Approved"); },
    r: function (item) { return changeStatus(item, "retired", "Retired"); },
    n: freshOptions,
    e: edit,
  };

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable) return;
    if (event.key === "j") { event.preventDefault(); move(1); return; }
    if (event.key === "k") { event.preventDefault(); move(-1); return; }
    var act = actions[event.key];
    var item = current();
    if (!act || !item || busy) return;
    event.preventDefault();
    busy = event.key !== "e";
    act(item).catch(function (e) { say(e.message); }).then(function () { if (event.key !== "e") busy = false; });
  });

  list.addEventListener("click", function (event) {
    var item = event.target.closest(".bank-item");
    if (item && !item.classList.contains("is-current") && !event.target.closest("a, button, input, textarea")) select(item);
  });
})();
