// The calendar page's copy button (student/calendar.xhtml): copies the feed's address from its read-only field and
// says so; where the browser refuses the clipboard, the address is left selected for Ctrl+C.
(function () {
    "use strict";
    function done(button, key) {
        var status = document.getElementById(button.getAttribute("data-status"));
        if (status) {
            status.textContent = button.getAttribute(key);
        }
    }
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest(".app-copy-calendar") : null;
        if (!button) {
            return;
        }
        event.preventDefault();
        var field = document.getElementById(button.getAttribute("data-source"));
        if (!field) {
            return;
        }
        field.focus();
        field.select();
        var fallback = function () {
            var copied = false;
            try {
                copied = document.execCommand("copy");
            } catch (ignored) {
                copied = false;
            }
            done(button, copied ? "data-copied" : "data-select");
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(function () {
                done(button, "data-copied");
            }, fallback);
        } else {
            fallback();
        }
    });
})();
