// Kiosk mode on a tablet at a venue. Without this script the kiosk still works: a "next person"
// button on the thank-you page, and a fresh form on every load (pages are never cached).
(function () {
  "use strict";
  var again = document.getElementById("kiosk-again");
  if (again) {
    // The thank-you page goes back to a fresh form by itself; replace() leaves no way back.
    setTimeout(function () { location.replace(again.href); }, 15000);
    return;
  }
  var form = document.querySelector("form.survey-form");
  if (!form) { return; }
  // Coming back with the browser's back button must never show the last person's answers.
  window.addEventListener("pageshow", function (e) { if (e.persisted) { form.reset(); } });
  var IDLE = 90000;
  var GRACE = 20000;
  var warn = document.getElementById("kiosk-warning");
  var idleTimer = null;
  var graceTimer = null;
  var touched = false;
  function fresh() { location.replace(form.getAttribute("data-fresh")); }
  function arm() {
    clearTimeout(idleTimer);
    clearTimeout(graceTimer);
    if (warn) { warn.hidden = true; }
    idleTimer = setTimeout(function () {
      if (!touched) { fresh(); return; }
      // Someone started: warn first, so a slow reader can ask for more time (WCAG 2.2.1).
      if (warn) { warn.hidden = false; }
      graceTimer = setTimeout(fresh, GRACE);
    }, IDLE);
  }
  ["input", "change", "keydown", "pointerdown"].forEach(function (name) {
    document.addEventListener(name, function () { touched = true; arm(); }, { passive: true });
  });
  var stay = document.getElementById("kiosk-stay");
  if (stay) { stay.addEventListener("click", arm); }
  arm();
})();
