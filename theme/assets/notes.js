// Editor's notes: a preview on hover, focus or tap of a marker (Escape closes it), the quoted passage
// emphasised while its note is in view, and sidenotes beside the text on wide screens. The page works
// without this file: markers are links to the endnotes, which link back.
(function (doc) {
  "use strict";
  var markers = [].slice.call(doc.querySelectorAll("[data-verbatim] a[data-annotation]"));
  if (!markers.length) return;

  function each(list, fn) { [].forEach.call(list, fn); }
  function listen(target, events, fn) {
    events.split(" ").forEach(function (event) { target.addEventListener(event, fn); });
  }
  function make(tag, className, text) {
    var el = doc.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }
  function numberOf(marker) { return marker.getAttribute("href").replace("#note-", ""); }

  // Puts note n's number and a copy of its content in box, without its back-link, ids or tab stops
  // (a note is Markdown without raw HTML: links are its only ones): the copy repeats the canonical
  // note. Null when the note is missing.
  function fill(box, n) {
    var note = doc.getElementById("note-" + n);
    if (!note) return null;
    box.appendChild(make("span", "note-number", n + "."));
    each(note.childNodes, function (node) {
      if (node.nodeType !== 1 || node.getAttribute("role") !== "doc-backlink") box.appendChild(node.cloneNode(true));
    });
    each(box.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
    each(box.querySelectorAll("a"), function (el) { el.tabIndex = -1; });
    return box;
  }

  // The passages of note n, and its sidenote when the class is "is-active".
  function emphasise(n, className, on) {
    var note = '[data-note="' + n + '"]';
    each(doc.querySelectorAll("mark.quote" + note + (className === "is-active" ? ", .sidenote" + note : "")), function (el) {
      el.classList.toggle(className, on);
    });
  }

  var preview = make("div", "note-preview");
  preview.id = "note-preview";
  preview.setAttribute("role", "tooltip");
  preview.hidden = true;
  doc.body.appendChild(preview);
  var current = null, hideTimer = 0, touched = false, wasOpen = false;

  function show(marker) {
    clearTimeout(hideTimer);
    if (current === marker) return;
    hide();
    var n = numberOf(marker);
    preview.textContent = "";
    if (!fill(preview, n)) return;
    var link = make("a", "", "Note " + n + " with the other notes");
    link.href = "#note-" + n;
    link.tabIndex = -1;
    preview.appendChild(make("p", "preview-more")).appendChild(link);
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
    var width = preview.offsetWidth, height = preview.offsetHeight;
    var left = Math.min(Math.max(8, rect.left + rect.width / 2 - width / 2), doc.documentElement.clientWidth - width - 8);
    var top = rect.bottom + 8;
    if (top + height > innerHeight && rect.top - height - 8 > 0) top = rect.top - height - 8;
    preview.style.left = Math.round(left + scrollX) + "px";
    preview.style.top = Math.round(top + scrollY) + "px";
  }

  markers.forEach(function (marker) {
    listen(marker, "mouseenter focus", function () { show(marker); });
    listen(marker, "mouseleave blur", hideSoon);
    listen(marker, "pointerdown", function (event) {
      touched = event.pointerType === "touch" || event.pointerType === "pen";
      wasOpen = current === marker;
    });
    listen(marker, "click", function (event) {
      // A first tap previews the note (the focus a tap gives does not count); a second follows the link.
      if (touched && !wasOpen) {
        event.preventDefault();
        show(marker);
      }
      touched = false;
    });
  });
  listen(preview, "mouseenter", function () { clearTimeout(hideTimer); });
  listen(preview, "mouseleave", hideSoon);
  listen(doc, "keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") hide();
  });
  listen(doc, "pointerdown", function (event) {
    var target = event.target;
    if (current && !preview.contains(target) && !(target.closest && target.closest("[data-verbatim] a[data-annotation]"))) hide();
  });
  listen(window, "resize", function () { if (current) place(current); });

  // The passage of the note in the address (#note-N or #ref-N) stays emphasised.
  var targeted = null;
  function followHash() {
    if (targeted) emphasise(targeted, "is-target", false);
    var match = /^#(?:note|ref)-(\d+)$/.exec(location.hash);
    targeted = match && match[1];
    if (targeted) emphasise(targeted, "is-target", true);
  }
  listen(window, "hashchange", followHash);
  followHash();

  // Sidenotes: each note repeated beside its marker, hidden from assistive technology (the endnotes
  // are the notes it reads), and set so that no two overlap.
  var article = doc.querySelector(".briefing");
  var wide = matchMedia("(min-width: 1200px)");
  var sidenotes = [];

  function buildSidenotes() {
    markers.forEach(function (marker) {
      var n = numberOf(marker);
      var aside = fill(make("aside", "sidenote"), n);
      if (!aside) return;
      aside.setAttribute("aria-hidden", "true");
      aside.setAttribute("data-note", n);
      listen(aside, "mouseenter", function () { emphasise(n, "is-active", true); });
      listen(aside, "mouseleave", function () { emphasise(n, "is-active", false); });
      sidenotes.push({ marker: marker, aside: article.appendChild(aside) });
    });
  }

  function layOut() {
    if (!wide.matches) {
      article.classList.remove("has-sidenotes");
      return;
    }
    if (!sidenotes.length) buildSidenotes();
    article.classList.add("has-sidenotes");
    var origin = article.getBoundingClientRect().top, bottom = -Infinity;
    sidenotes.forEach(function (item) {
      var top = Math.max(item.marker.getBoundingClientRect().top - origin - 4, bottom + 12);
      item.aside.style.top = Math.round(top) + "px";
      bottom = top + item.aside.offsetHeight;
    });
  }

  if (article) {
    layOut();
    if (wide.addEventListener) wide.addEventListener("change", layOut);
    listen(window, "resize load", layOut);
  }
})(document);
