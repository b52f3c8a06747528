"""The script ``sitegen serve`` puts in every page's <head> (never in a published build).

It listens to the server's event stream: ``reload`` (the files a rebuild wrote) reloads the page when
it is one of them or a style or script changed, ``errors`` shows (or clears) an overlay listing what
broke (file, line, message); the last good page stays underneath.
"""
from __future__ import annotations

EVENTS_PATH = "/__sitegen/events"

_SCRIPT = """<script data-sitegen-serve>
(function () {
  if (!window.EventSource) return;
  var box = null;
  function show(errors) {
    if (!errors.length) { if (box) { box.remove(); box = null; } return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "sitegen-error-overlay";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;"
        + "margin:0;padding:1em 1.5em;background:#2b0b0b;color:#ffdede;font:14px/1.5 monospace;"
        + "border-top:4px solid #e5484d;white-space:pre-wrap";
      document.documentElement.appendChild(box);
    }
    box.textContent = "sitegen: the page below is the last good build; fix this and save:\\n\\n"
      + errors.join("\\n");
  }
  var source = new EventSource("EVENTS");
  function shows(paths) {  // whether this page is among the rewritten files (or styled by one)
    var here = decodeURIComponent(location.pathname).replace(/^\\//, "");
    if (here === "" || /\\/$/.test(here)) here += "index.html";
    return paths.some(function (p) { return p === here || p.indexOf("assets/") === 0; });
  }
  source.addEventListener("reload", function (e) {
    var d = JSON.parse(e.data);
    if (d.count > d.paths.length || shows(d.paths)) location.reload();
  });
  source.addEventListener("errors", function (e) { show(JSON.parse(e.data).errors); });
  source.addEventListener("search", function () {
    if (/search\\.html$/.test(location.pathname)) location.reload();
  });
})();
</script>""".replace("EVENTS", EVENTS_PATH)


def reload_script() -> str:
    """The HTML to pass as ``extra_head`` when building for ``sitegen serve``."""
    return _SCRIPT
