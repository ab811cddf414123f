// Editor's notes: a preview on hover, focus or tap of a marker (Escape closes it), the quoted passage
// emphasised while its note is in view, and sidenotes beside the text on wide screens. The page works
// without this file: markers are links to the endnotes, which link back.
(function () {
  "use strict";
  var markers = Array.prototype.slice.call(document.querySelectorAll("[data-verbatim] a[data-annotation]"));
  if (!markers.length) return;

  var preview = document.createElement("div");
  preview.className = "note-preview";
  preview.id = "note-preview";
  preview.setAttribute("role", "tooltip");
  preview.hidden = true;
  document.body.appendChild(preview);

  var current = null;
  var hideTimer = 0;
  var touched = false;
  var wasOpen = false;

  function numberOf(marker) { return marker.getAttribute("href").replace("#note-", ""); }
  function noteOf(n) { return document.getElementById("note-" + n); }

  // A copy of a note's content without its back-link, ids or tab stops: it repeats the canonical note.
  function copyOf(note) {
    var copy = document.createDocumentFragment();
    Array.prototype.forEach.call(note.childNodes, function (node) {
      if (node.nodeType === 1 && node.getAttribute("role") === "doc-backlink") return;
      copy.appendChild(node.cloneNode(true));
    });
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
    Array.prototype.forEach.call(copy.querySelectorAll("a, button, input, select, textarea, [tabindex]"), function (el) {
      el.setAttribute("tabindex", "-1");
    });
    return copy;
  }

  function emphasise(n, className, on) {
    Array.prototype.forEach.call(document.querySelectorAll('mark.quote[data-note="' + n + '"]'), function (mark) {
      mark.classList.toggle(className, on);
    });
    var side = document.querySelector('.sidenote[data-note="' + n + '"]');
    if (side && className === "is-active") side.classList.toggle("is-active", on);
  }

  function show(marker) {
    clearTimeout(hideTimer);
    if (current === marker) return;
    hide();
    var n = numberOf(marker);
    var note = noteOf(n);
    if (!note) return;
    preview.textContent = "";
    var number = document.createElement("span");
    number.className = "note-number";
    number.textContent = n + ".";
    preview.appendChild(number);
    preview.appendChild(copyOf(note));
    var more = document.createElement("p");
    more.className = "preview-more";
    var link = document.createElement("a");
    link.href = "#note-" + n;
    link.tabIndex = -1;
    link.textContent = "Note " + n + " with the other notes";
    more.appendChild(link);
    preview.appendChild(more);
    preview.hidden = false;
    place(marker);
    marker.setAttribute("aria-describedby", "note-preview");
    marker.setAttribute("aria-expanded", "true");
    current = marker;
    emphasise(n, "is-active", true);
  }

  function hide() {
    clearTimeout(hideTimer);
    if (!current) return;
    emphasise(numberOf(current), "is-active", false);
    current.removeAttribute("aria-describedby");
    current.removeAttribute("aria-expanded");
    current = null;
    preview.hidden = true;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  function place(marker) {
    var rect = marker.getBoundingClientRect();
    var width = preview.offsetWidth;
    var left = Math.min(Math.max(8, rect.left + rect.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
    var top = rect.bottom + 8;
    if (top + preview.offsetHeight > window.innerHeight && rect.top - preview.offsetHeight - 8 > 0) {
      top = rect.top - preview.offsetHeight - 8;
    }
    preview.style.left = Math.round(left + window.scrollX) + "px";
    preview.style.top = Math.round(top + window.scrollY) + "px";
  }

  markers.forEach(function (marker) {
    marker.addEventListener("mouseenter", function () { show(marker); });
    marker.addEventListener("mouseleave", hideSoon);
    marker.addEventListener("focus", function () { show(marker); });
    marker.addEventListener("blur", hideSoon);
    marker.addEventListener("pointerdown", function (event) {
      touched = event.pointerType === "touch" || event.pointerType === "pen";
      wasOpen = current === marker;
    });
    marker.addEventListener("click", function (event) {
      // A first tap previews the note (the focus a tap gives does not count); a second follows the link.
      if (touched && !wasOpen) {
        event.preventDefault();
        show(marker);
      }
      touched = false;
    });
  });
  preview.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  preview.addEventListener("mouseleave", hideSoon);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") hide();
  });
  document.addEventListener("pointerdown", function (event) {
    if (current && !preview.contains(event.target) && markers.indexOf(event.target.closest && event.target.closest("a[data-annotation]")) < 0) hide();
  });
  window.addEventListener("resize", function () { if (current) place(current); });

  // The passage of the note in the address (#note-N or #ref-N) stays emphasised.
  var targeted = null;
  function followHash() {
    if (targeted) emphasise(targeted, "is-target", false);
    var match = /^#(?:note|ref)-(\d+)$/.exec(location.hash);
    targeted = match ? match[1] : null;
    if (targeted) emphasise(targeted, "is-target", true);
  }
  window.addEventListener("hashchange", followHash);
  followHash();

  // Sidenotes: each note repeated beside its marker, hidden from assistive technology (the endnotes
  // are the notes it reads), and set so that no two overlap.
  var article = document.querySelector(".briefing");
  var wide = window.matchMedia("(min-width: 1200px)");
  var sidenotes = [];

  function buildSidenotes() {
    markers.forEach(function (marker) {
      var n = numberOf(marker);
      var note = noteOf(n);
      if (!note) return;
      var aside = document.createElement("aside");
      aside.className = "sidenote";
      aside.setAttribute("aria-hidden", "true");
      aside.setAttribute("data-note", n);
      var number = document.createElement("span");
      number.className = "note-number";
      number.textContent = n + ".";
      aside.appendChild(number);
      aside.appendChild(copyOf(note));
      aside.addEventListener("mouseenter", function () { emphasise(n, "is-active", true); });
      aside.addEventListener("mouseleave", function () { emphasise(n, "is-active", false); });
      article.appendChild(aside);
      sidenotes.push({ marker: marker, aside: aside });
    });
  }

  function layOut() {
    if (!article) return;
    if (!wide.matches) {
      article.classList.remove("has-sidenotes");
      return;
    }
    if (!sidenotes.length) buildSidenotes();
    article.classList.add("has-sidenotes");
    var origin = article.getBoundingClientRect().top;
    var bottom = -Infinity;
    sidenotes.forEach(function (item) {
      var top = Math.max(item.marker.getBoundingClientRect().top - origin - 4, bottom + 12);
      item.aside.style.top = Math.round(top) + "px";
      bottom = top + item.aside.offsetHeight;
    });
  }

  if (article) {
    layOut();
    if (wide.addEventListener) wide.addEventListener("change", layOut);
    window.addEventListener("resize", layOut);
    window.addEventListener("load", layOut);
  }
})();
