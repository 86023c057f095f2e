/*! dtm-widgets embed.js: sizes <iframe data-dtm-embed> frames of dtm-widgets to their content. MIT */
// A classic script with no dependencies, for pages that may carry one script beside the iframe.
// Security rules (pym.js CVE-2018-1000086 came from acting on a message's URL):
//  - the frame is found by `contentWindow === event.source` among the marked iframes, never by a
//    selector built from message data;
//  - a message counts only when its origin is the iframe's own (or "null" from a sandboxed iframe);
//  - only a finite number is read, clamped to 80-4000 px, and only style.height is written.
(function () {
  var key = typeof Symbol === 'function' ? Symbol.for('dtm-widgets.embed') : '__dtmWidgetsEmbed';
  if (window[key]) return; // loaded twice: the first copy does the work
  window[key] = 1;
  var SELECTOR = 'iframe[data-dtm-embed]';
  var watched = new WeakSet();

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return '';
    }
  }

  // asks a frame to send its height again: it may have reported before this script ran
  function ping(frame) {
    try {
      frame.contentWindow.postMessage({ type: 'dtm-widgets:ping' }, '*');
    } catch (e) {
      /* not loaded yet: it reports by itself once it has */
    }
  }

  function watch(frame) {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.addEventListener('load', function () {
      ping(frame);
    });
    ping(frame);
  }

  function scan(root) {
    if (root.matches && root.matches(SELECTOR)) watch(root);
    var list = root.querySelectorAll ? root.querySelectorAll(SELECTOR) : [];
    for (var i = 0; i < list.length; i++) watch(list[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'dtm-widgets:resize' || !event.source) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var sandboxed = event.origin === 'null' && frame.hasAttribute('sandbox');
      if (event.origin !== originOf(frame) && !sandboxed) return;
      var h = data.height;
      if (typeof h !== 'number' || !isFinite(h)) return;
      frame.style.height = Math.round(Math.min(4000, Math.max(80, h))) + 'px';
      return;
    }
  });

  scan(document);
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) if (added[j].nodeType === 1) scan(added[j]);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
