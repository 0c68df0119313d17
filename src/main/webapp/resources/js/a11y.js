/*
 * Keyboard use for every page of the layout (WCAG 2.1: 2.1.1 keyboard, 2.1.2 no keyboard trap, 2.4.3 focus
 * order, 4.1.2 name and role):
 * - rich-text editors (PrimeFaces' textEditor, Quill) inside an element with class app-editor: the writing area
 *   is a named multi-line text box (the wrapper's data-label), and Tab / Shift+Tab leave it instead of typing a
 *   tab character, so the editor is no keyboard trap;
 * - boxes that scroll (an essay's text, a mail's body) take focus, so arrow keys can scroll them;
 * - messages keep their list a list (the alert role moves from each item to the box);
 * - dialogs close with Escape, and when one closes, focus goes back to the control that opened it, also when an
 *   ajax update has replaced that control meanwhile (the same id), else to the page's heading.
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
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        if (label) {
            area.setAttribute('aria-label', label);
        }
        var bindings = quill.keyboard.bindings;
        delete bindings.Tab;
        delete bindings[9];
    }

    function patchDialogs() {
        var Dialog = PrimeFaces.widget.Dialog;
        if (!Dialog || Dialog.prototype.a11yPatched) {
            return;
        }
        [Dialog, PrimeFaces.widget.ConfirmDialog].forEach(function (type) {
            var init = type && type.prototype.init;
            if (init) {
                type.prototype.init = function (cfg) {
                    cfg.closeOnEscape = true;
                    return init.apply(this, arguments);
                };
            }
        });
        var returnFocus = Dialog.prototype.returnFocus;
        Dialog.prototype.returnFocus = function () {
            var opener = this.focusedElementBeforeDialogOpened;
            if (opener && !document.contains(opener)) {
                this.focusedElementBeforeDialogOpened =
                    (opener.id && document.getElementById(opener.id)) || document.getElementById('pageTitle');
            }
            return returnFocus.apply(this, arguments);
        };
        Dialog.prototype.a11yPatched = true;
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

    function prepareAll() {
        labelEditors(document);
        alertsOutsideLists();
        $('.app-essay-text, .app-mail-body').attr('tabindex', '0');
    }

    if (window.PrimeFaces) {
        patchDialogs();
    }
    $(function () {
        var heading = document.getElementById('pageTitle');
        if (heading) {
            heading.setAttribute('tabindex', '-1'); // a place for focus to return to, not a stop of Tab
        }
        prepareAll();
    });
    $(document).on('pfAjaxComplete', prepareAll);
}());
