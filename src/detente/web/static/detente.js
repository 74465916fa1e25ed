// detente: keyboard shortcuts only; every page works without this file.
//   /  search      f  the first filter      j / k  next / previous event of a list      n / p  next / previous page
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  var row = -1;
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key, el = null;
    if (key === "/") el = document.getElementById("q");
    else if (key === "f") el = document.querySelector("form.filters select, form.filters input");
    else if (key === "n") el = document.querySelector("a[rel=next]");
    else if (key === "p") el = document.querySelector("a[rel=prev]");
    else if (key === "j" || key === "k") {
      var links = document.querySelectorAll("[data-row] a.act");
      if (!links.length) return;
      row = Math.max(0, Math.min(links.length - 1, row + (key === "j" ? 1 : -1)));
      el = links[row];
    }
    if (!el) return;
    event.preventDefault();
    if (key === "n" || key === "p") { el.click(); return; }
    el.focus();
    if (el.scrollIntoView) el.scrollIntoView({block: "nearest"});
  });
})();
