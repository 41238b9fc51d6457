// The reader's own parts of an article page: which reaction they chose, and Recommended.
// The page itself is the same for every reader (so one cached copy serves them all) and is
// complete without this script: the buttons show the counts, Recommended the latest news.
// After load, this asks the site once for what is this reader's and puts it in place.
(function () {
  "use strict";

  var modules = document.querySelector(".modules[data-for-you]");
  if (!modules || !window.fetch || !("content" in document.createElement("template"))) return;

  var pressReaction = function (mine) {
    var form = document.querySelector("form.reactions");
    // A reaction sent from this page already set the buttons (reactions.js): it is newer.
    if (!form || form.hasAttribute("data-reacted")) return;
    form.querySelectorAll("button[name=kind]").forEach(function (button) {
      button.setAttribute("aria-pressed", button.value === mine ? "true" : "false");
    });
  };

  var replaceModule = function (key, html) {
    var current = null;
    modules.querySelectorAll("section[data-module]").forEach(function (section) {
      if (section.getAttribute("data-module") === key) current = section;
    });
    if (!current || typeof html !== "string") return;
    // The site's own rendering of the module's template (escaped by it); a template element
    // parses it inert, and only a section for the same module is put in.
    var parsed = document.createElement("template");
    parsed.innerHTML = html;
    var fresh = parsed.content.firstElementChild;
    if (fresh && fresh.tagName === "SECTION" && fresh.getAttribute("data-module") === key &&
        !fresh.querySelector("script")) {
      current.replaceWith(fresh);
    }
  };

  fetch(modules.getAttribute("data-for-you"), {
    credentials: "same-origin",
    headers: {"Accept": "application/json"}
  }).then(function (response) {
    if (!response.ok) throw new Error("for-you answered " + response.status);
    return response.json();
  }).then(function (data) {
    if (data.reaction) pressReaction(data.reaction);
    Object.keys(data.modules || {}).forEach(function (key) {
      replaceModule(key, data.modules[key]);
    });
    modules.setAttribute("data-personal", "ready");
  }).catch(function () {
    // The shared parts stay: they are what a new reader sees, and the page works with them.
    modules.setAttribute("data-personal", "failed");
  });
})();
