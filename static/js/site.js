// Reader pages, every one: small improvements over HTML that already works without them.
(function () {
    "use strict";

    // A <details data-open-from="48rem"> is kept open on screens at least that wide, where the
    // layout has room for its content (the header's search, the search page's filters); on
    // narrower ones it stays as the page was sent and the reader opens and closes it. Without
    // JavaScript the browser's own <details> does that job at every width.
    document.querySelectorAll("details[data-open-from]").forEach(function (details) {
        var wide = window.matchMedia("(min-width: " + details.dataset.openFrom + ")");
        var sent = details.open;
        function follow() {
            details.open = wide.matches || sent;
        }
        follow();
        wide.addEventListener("change", follow);

        // Opened by the reader on a narrow screen: straight to its field; Escape closes it.
        var field = details.querySelector("input:not([type=hidden])");
        var summary = details.querySelector("summary");
        if (!field || !summary) {
            return;
        }
        details.addEventListener("toggle", function () {
            if (details.open && !wide.matches) {
                field.focus();
            }
        });
        details.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && details.open && !wide.matches) {
                details.open = false;
                summary.focus();
            }
        });
    });

    // The categories scroll sideways on a phone: bring the current one into sight.
    var current = document.querySelector(".site-nav__list [aria-current]");
    if (current) {
        var list = current.closest(".site-nav__list");
        var hidden = current.getBoundingClientRect().right - list.getBoundingClientRect().right;
        if (hidden > -parseFloat(getComputedStyle(list).paddingRight)) {
            list.scrollLeft += current.getBoundingClientRect().left - list.getBoundingClientRect().left;
        }
    }
})();
