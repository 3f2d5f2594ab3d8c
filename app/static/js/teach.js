// Teacher pages: live generation progress, "tick all", and confirmations. Everything works without it.
"use strict";
(function () {
  const job = document.querySelector("[data-job-url]");
  if (job && ["queued", "running"].includes(job.dataset.status)) {
    const bar = job.querySelector("progress");
    const percent = job.querySelector(".job-percent");
    const text = job.querySelector(".job-text");
    const poll = () => {
      fetch(job.dataset.jobUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
        .then((data) => {
          bar.value = data.progress;
          percent.textContent = data.progress + "%";
          text.textContent = data.message;
          if (data.status === "queued" || data.status === "running") {
            setTimeout(poll, 700);
          } else {
            window.location.reload(); // done, failed or stalled: show the final page
          }
        })
        .catch(() => setTimeout(poll, 3000));
    };
    setTimeout(poll, 300);
  }
  document.querySelectorAll("[data-check-all]").forEach((box) => {
    box.addEventListener("change", () => {
      document.querySelectorAll(`input[name=id][form=${box.dataset.checkAll}]`).forEach((c) => {
        c.checked = box.checked;
      });
    });
  });
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
})();
