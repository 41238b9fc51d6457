// Reactions without a reload, and the copy-link button.
// Without this script everything still works: the reaction form posts and the page comes back
// at #reactions, and the share area offers a plain link to the article.
(function () {
  "use strict";

  var form = document.querySelector("form.reactions");
  if (form && window.fetch && window.FormData) {
    var status = form.querySelector("[data-reactions-status]");
    var busy = false;

    var say = function (message) {
      if (status) status.textContent = message;
    };

    var update = function (data) {
      // Newer than the reader's reaction personal.js may still be fetching: it leaves them.
      form.setAttribute("data-reacted", "");
      form.querySelectorAll("button[name=kind]").forEach(function (button) {
        var count = button.querySelector("[data-count]");
        if (count && data.counts[button.value] !== undefined) {
          count.textContent = String(data.counts[button.value]);
        }
        button.setAttribute("aria-pressed", button.value === data.mine ? "true" : "false");
      });
    };

    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      // Browsers that do not say which button was pressed post the form the plain way.
      if (!button || button.name !== "kind") return;
      event.preventDefault();
      // A second click while the first is on its way would only repeat it.
      if (busy) return;
      busy = true;
      var body = new FormData(form);
      body.set("kind", button.value);
      var token = form.querySelector("input[name=csrfmiddlewaretoken]");
      fetch(form.action, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: {"Accept": "application/json", "X-CSRFToken": token ? token.value : ""}
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (response.ok && data.counts) {
            update(data);
            say("Thank you, your reaction is counted.");
          } else if (data.error) {
            say(data.error);
          } else if (response.status === 403) {
            say("This page is too old to react from. Please reload it and try again.");
          } else {
            say("Something went wrong. Please try again.");
          }
        });
      }).catch(function () {
        say("We could not reach the site. Please check your connection and try again.");
      }).then(function () {
        busy = false;
      });
    });
  }

  var copy = document.querySelector("button[data-share=copy]");
  // The clipboard API exists only on secure pages (HTTPS, localhost); elsewhere the link stays.
  if (copy && navigator.clipboard) {
    var fallback = document.querySelector("[data-share-fallback]");
    var shareStatus = document.querySelector("[data-share-status]");
    copy.hidden = false;
    if (fallback) fallback.hidden = true;
    copy.addEventListener("click", function () {
      var url = copy.getAttribute("data-url") || window.location.href;
      navigator.clipboard.writeText(url).then(function () {
        if (shareStatus) shareStatus.textContent = "Link copied.";
      }, function () {
        if (fallback) fallback.hidden = false;
        if (shareStatus) shareStatus.textContent = "Copy the link above to share it.";
      });
    });
  }
})();
