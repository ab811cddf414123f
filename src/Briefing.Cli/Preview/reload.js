// Added by `briefing preview` to the pages it serves, never to output/: reloads the page after a good
// rebuild, and shows a failed rebuild's errors over the page. Diagnostics hold text editors typed, so every
// piece of it goes in with textContent, never as HTML; styles are set through the DOM, which a strict
// Content-Security-Policy allows.
(() => {
  "use strict";

  const overlayId = "briefing-preview-errors";
  let build;

  const element = (name, style, text) => {
    const node = document.createElement(name);
    Object.assign(node.style, style);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  };

  const removeOverlay = () => {
    const overlay = document.getElementById(overlayId);
    if (overlay) {
      overlay.remove();
    }
  };

  const showErrors = (report) => {
    removeOverlay();
    const overlay = element("div", {
      position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", padding: "2rem",
      background: "rgba(20, 20, 20, 0.94)", color: "#f5f5f5", font: "14px/1.5 ui-monospace, monospace",
    });
    overlay.id = overlayId;
    overlay.setAttribute("role", "alert");

    const close = element("button", { float: "right", font: "inherit", cursor: "pointer" }, "Close");
    close.type = "button";
    close.addEventListener("click", removeOverlay);
    overlay.append(close, element("h2", { margin: "0 0 1rem", font: "bold 18px/1.4 sans-serif", color: "#ff8a80" },
      `The build failed (${report.summary}). This page is the last good build.`));

    for (const d of report.diagnostics || []) {
      const item = element("section", { margin: "0 0 1.5rem", whiteSpace: "pre-wrap" });
      const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
      item.append(element("div", { color: "#ffd180" }, `${where}: ${d.severity} ${d.code}`));
      item.append(element("div", { fontWeight: "bold" }, d.message));
      if (d.source !== null && d.source !== undefined) {
        const gutter = `${d.line} | `;
        const caret = " ".repeat(gutter.length + Math.max(0, d.column - 1)) + "^";
        item.append(element("pre", { margin: "0.5rem 0", color: "#b3e5fc" }, `${gutter}${d.source}\n${caret}`));
      }
      if (d.hint) {
        item.append(element("div", { color: "#c5e1a5" }, `hint: ${d.hint}`));
      }
      overlay.append(item);
    }
    document.body.append(overlay);
  };

  const events = new EventSource("/_briefing/events");
  events.addEventListener("hello", (event) => {
    // After the preview restarted, or after missing a reload while disconnected.
    const current = JSON.parse(event.data).build;
    if (build !== undefined && build !== current) {
      location.reload();
    }
    build = current;
  });
  // The file this page was served from, as the server names changed pages: "/briefings/x/index.html".
  const servedFile = () => {
    const path = decodeURIComponent(location.pathname);
    return path.endsWith("/") ? `${path}index.html` : path;
  };
  events.addEventListener("reload", (event) => {
    const data = JSON.parse(event.data);
    build = data.build;
    if (data.pages && !data.pages.includes(servedFile())) {
      return;
    }
    removeOverlay();
    location.reload();
  });
  events.addEventListener("errors", (event) => showErrors(JSON.parse(event.data)));
})();
