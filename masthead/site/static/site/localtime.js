/* Show every <time datetime> in the reader's own time zone.
   The server-rendered text stays without JavaScript; the exact instant goes in the title. */
(function () {
  "use strict";
  function pad(n) { return String(n).padStart(2, "0"); }
  function zoneName(date) {
    try {
      var part = new Intl.DateTimeFormat(undefined, { timeZoneName: "short" })
        .formatToParts(date).find(function (p) { return p.type === "timeZoneName"; });
      return part ? part.value : "";
    } catch (e) { return ""; }
  }
  function localise(el) {
    var stamp = el.getAttribute("datetime") || "";
    if (stamp.indexOf("T") < 0 || el.hasAttribute("data-local")) { return; }
    var date = new Date(stamp);
    if (isNaN(date.getTime())) { return; }
    /* Keep the precision the page chose: seconds only where the server showed them. */
    var withSeconds = (el.textContent.match(/:/g) || []).length >= 2;
    var text = date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) +
      " " + pad(date.getHours()) + ":" + pad(date.getMinutes()) +
      (withSeconds ? ":" + pad(date.getSeconds()) : "");
    var zone = zoneName(date);
    el.setAttribute("title", stamp);
    el.textContent = zone ? text + " " + zone : text;
    el.setAttribute("data-local", "");
  }
  function run() { document.querySelectorAll("time[datetime]").forEach(localise); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
}());
