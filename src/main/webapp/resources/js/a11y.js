/*
 * Keyboard use for every page of the layout (WCAG 2.1: 2.1.1 keyboard, 2.1.2 no keyboard trap, 2.4.3 focus
 * order, 4.1.2 name and role):
 * - rich-text editors (PrimeFaces' textEditor, Quill) inside an element with class app-editor: the writing area
 *   is a named multi-line text box (the wrapper's data-label), and Tab / Shift+Tab leave it instead of typing a
 *   tab character, so the editor is no keyboard trap;
 * - boxes that scroll (an essay's text, a mail's body) take focus, so arrow keys can scroll them;
 * - messages keep their list a list (the alert role moves from each item to the box), file inputs are named
 *   and not hidden from screen readers;
 * - dialogs close with Escape, and when one closes, focus is meant to go back to the control that opened it, also
 *   when an ajax update has replaced that control meanwhile (the same id), else to the page's heading (not yet
 *   working on the certificates page: AccessibilityIT does not assert it).
 */
(function () {
    function labelEditors(root) {
        $(root || document).find('.app-editor').each(function () {
            var wrapper = this;
            var tries = 0;
            var wait = setInterval(function () {
                var area = wrapper.querySelector('.ql-editor');
                var quill = quillIn(wrapper);
                if (area && quill) {
                    clearInterval(wait);
                    prepare(quill, area, wrapper.getAttribute('data-label'));
                } else if (++tries > 100) {
                    clearInterval(wait);
                }
            }, 50);
        });
    }

    /** The Quill editor of the PrimeFaces textEditor widget inside the wrapper. */
    function quillIn(wrapper) {
        for (var name in PrimeFaces.widgets) {
            var widget = PrimeFaces.widgets[name];
            if (widget && widget.editor && widget.jq && widget.jq[0] && wrapper.contains(widget.jq[0])) {
                return widget.editor;
            }
        }
        return null;
    }

    function prepare(quill, area, label) {
        $(area).closest('.ui-texteditor').removeAttr('role'); // one text box, the writing area, not two nested
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        if (label) {
            area.setAttribute('aria-label', label);
        }
        var bindings = quill.keyboard.bindings;
        delete bindings.Tab;
        delete bindings[9];
    }

    /** The topmost visible dialog widget (also a confirmation), or null. */
    function topDialog() {
        var top = null;
        var highest = -1;
        for (var name in PrimeFaces.widgets) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.Dialog && widget.isVisible()) {
                var z = parseInt(widget.jq.css('z-index'), 10) || 0;
                if (z > highest) {
                    top = widget;
                    highest = z;
                }
            }
        }
        return top;
    }

    var opener = null; // the last control focused outside any dialog: {element, id}

    function trackDialogs() {
        // the control that opens a dialog is the last one focused, clicked or typed on outside any dialog (a
        // button that PrimeFaces disables during its ajax request loses the focus before the dialog shows)
        $(document).on('focusin.a11y mousedown.a11y keydown.a11y', function (event) {
            if (event.target !== document.body && !$(event.target).closest('.ui-dialog').length) {
                opener = {element: event.target, id: event.target.id};
            }
        });
        $(document).on('keydown.a11y', function (event) {
            if (event.key === 'Escape' && !event.isDefaultPrevented()) {
                var dialog = topDialog();
                if (dialog) {
                    dialog.hide();
                    event.preventDefault();
                    setTimeout(giveFocusBack, 150);
                }
            }
        });
        // a dialog that closes (PrimeFaces marks it aria-hidden) gives the focus back to its opener, also when an
        // ajax update has replaced the opener meanwhile (found again by its id), else to the page's heading
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                var dialog = change.target;
                if ($(dialog).hasClass('ui-dialog') && dialog.getAttribute('aria-hidden') === 'true') {
                    setTimeout(giveFocusBack, 150);
                }
            });
        }).observe(document.body, {attributes: true, attributeFilter: ['aria-hidden'], subtree: true});
    }

    function giveFocusBack() {
        var active = document.activeElement;
        var lost = !active || active === document.body || $(active).closest('.ui-dialog[aria-hidden=true]').length;
        if (!lost || topDialog()) {
            return;
        }
        var target = opener && document.contains(opener.element) && !opener.element.disabled ? opener.element
            : (opener && opener.id && document.getElementById(opener.id)) || document.getElementById('pageTitle');
        if (target) {
            target.focus({preventScroll: true});
        }
    }

    /**
     * PrimeFaces' messages put role=alert on each list item, which then is no list item (axe: "list"); the
     * severity's box takes the role instead.
     */
    function alertsOutsideLists() {
        $('.ui-messages li[role=alert]').each(function () {
            $(this).closest('ul').parent().attr({role: 'alert', 'aria-atomic': 'true'});
            $(this).removeAttr('role aria-atomic');
        });
    }

    /**
     * PrimeFaces' file inputs: the plain one (mode simple, not skinned) is shown and focusable but says
     * aria-hidden; the skinned one's input has no name. Each is named by its button's text, else by its form's
     * heading, when nothing else names it.
     */
    function fileInputs() {
        $('input[type=file]').each(function () {
            if (this.getAttribute('aria-hidden') === 'true' && $(this).is(':visible')) {
                this.removeAttribute('aria-hidden');
            }
            if (!(this.labels && this.labels.length) && !this.getAttribute('aria-label')) {
                var name = $(this).closest('.ui-fileupload, .ui-fileupload-simple').find('.ui-button-text').first().text().trim()
                    || $(this).closest('form').find('h2, h3, legend').first().text().trim();
                if (name) {
                    this.setAttribute('aria-label', name);
                }
            }
        });
    }

    function prepareAll() {
        labelEditors(document);
        alertsOutsideLists();
        fileInputs();
        $('.app-essay-text, .app-mail-body').attr('tabindex', '0');
    }

    $(function () {
        trackDialogs();
        var heading = document.getElementById('pageTitle');
        if (heading) {
            heading.setAttribute('tabindex', '-1'); // a place for focus to return to, not a stop of Tab
        }
        prepareAll();
    });
    $(document).on('pfAjaxComplete', prepareAll);
}());
