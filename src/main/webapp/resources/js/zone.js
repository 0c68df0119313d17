// A time-zone choice that is still empty (registration) gets the browser's zone, which the person sees selected and
// may change before sending the form. A zone the list does not hold is left out. PrimeFaces makes its widgets after
// the page's load event, so each choice is looked for a few times.
(function () {
    "use strict";
    function browsersZone() {
        try {
            return Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch (ignored) {
            return null;
        }
    }
    function guess(widgetVar, zone, attempts) {
        var choice = window.PrimeFaces && PrimeFaces.widgets[widgetVar];
        if (!choice) {
            if (attempts > 0) {
                window.setTimeout(function () {
                    guess(widgetVar, zone, attempts - 1);
                }, 50);
            }
            return;
        }
        if (choice.getSelectedValue()) {
            return;
        }
        var known = Array.prototype.some.call(choice.input[0].options, function (option) {
            return option.value === zone;
        });
        if (known) {
            choice.selectValue(zone);
        }
    }
    window.addEventListener("load", function () {
        var zone = browsersZone();
        if (!zone) {
            return;
        }
        document.querySelectorAll("[data-guess-zone]").forEach(function (holder) {
            guess(holder.getAttribute("data-guess-zone"), zone, 60);
        });
    });
})();
