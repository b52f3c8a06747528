/* On every page: "/" puts the cursor in the search box (unless you are already typing somewhere). */
document.addEventListener("keydown", function (event) {
  var target = event.target;
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  var box = document.getElementById("search-q");
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
