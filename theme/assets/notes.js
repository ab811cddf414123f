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
  // are the notes it reads). Each starts level with its marker, pushed down only as far as the one
  // before requires. Where notes are too dense for that, all are cut to fewer lines (whole on hover);
  // a note that still stands too far below its marker, or would pass the end of the text, is left to
  // its preview and the endnotes, so no sidenote stands beside the notes list.
  var article = doc.querySelector(".briefing");
  var text = doc.querySelector("[data-verbatim]");
  var wide = matchMedia("(min-width: 1200px)");
  var sidenotes = [];
  var gap = 12, cuts = [0, 8, 5, 3, 2]; // lines per sidenote; 0: whole notes

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

  // The top of each sidenote cut to `lines` lines, relative to the article, or null for a note that
  // would stand more than a few notes' height below its marker or pass the end of the text. Null for
  // the whole layout when a note does not fit, unless `leaveOut` lets it go without one.
  function stack(lines, leaveOut) {
    article.style.setProperty("--sidenote-lines", String(lines));
    var heights = sidenotes.map(function (item) {
      item.aside.classList.remove("is-left-out");
      item.aside.classList.toggle("is-cut", lines > 0);
      return item.aside.offsetHeight;
    });
    var reach = 3 * (heights.reduce(function (sum, h) { return sum + h; }, 0) / heights.length + gap);
    var origin = article.getBoundingClientRect().top;
    var end = text.getBoundingClientRect().bottom - origin;
    var bottom = -Infinity, tops = [];
    for (var i = 0; i < sidenotes.length; i++) {
      var mark = Math.round(sidenotes[i].marker.getBoundingClientRect().top - origin);
      var top = Math.max(mark, bottom + gap);
      var fits = top + heights[i] <= end && top - mark <= reach;
      if (!fits && !leaveOut) return null;
      tops.push(fits ? top : null);
      if (fits) bottom = top + heights[i];
    }
    return tops;
  }

  function layOut() {
    article.classList.toggle("has-sidenotes", wide.matches);
    if (!wide.matches) return;
    if (!sidenotes.length) buildSidenotes();
    var tops = null;
    for (var i = 0; !tops && i < cuts.length; i++) tops = stack(cuts[i], false);
    tops = tops || stack(cuts[cuts.length - 1], true);
    sidenotes.forEach(function (item, i) {
      item.aside.classList.toggle("is-left-out", tops[i] === null);
      if (tops[i] !== null) item.aside.style.top = tops[i] + "px";
    });
  }

  if (article && text) {
    layOut();
    if (wide.addEventListener) wide.addEventListener("change", layOut);
    listen(window, "resize load", layOut);
  }
})(document);
