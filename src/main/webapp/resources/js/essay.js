/*
 * The essay page: the live word count (asked of the server's WordCounter through POST /api/v1/word-count,
 * so the student sees the number the submission check uses), the automatic save every minute, a warning
 * before leaving with unsaved changes, and a copy of the text in the browser (localStorage) that is
 * offered back when it is newer than the server's draft, e.g. after the session expired.
 */
var EssayPage = (function () {
    var cfg, widget, dirty = false, leaving = false, countTimer = null, sending = null;

    function quill() {
        return widget.editor;
    }

    function html() {
        return widget.getEditorValue();
    }

    function show(words) {
        var box = document.getElementById('wordCount');
        var ok = words >= cfg.min && words <= cfg.max;
        box.textContent = plural(cfg.template, words).replace('{1}', cfg.min).replace('{2}', cfg.max);
        box.setAttribute('data-words', words);
        box.classList.toggle('app-words-ok', ok);
        box.classList.toggle('app-words-warn', !ok);
    }

    /*
     * The bundle's pattern with its count {0, plural, one{# word} other{# words}} resolved by the language's
     * plural rules (Intl.PluralRules, the same CLDR rules as the server's ICU), so the live text reads as the
     * one the server renders.
     */
    function plural(pattern, n) {
        var start = pattern.indexOf('{0, plural,');
        if (start < 0) {
            return pattern.replace('{0}', n);
        }
        var depth = 0, end = start, branches = {}, key = '', i;
        for (i = start; i < pattern.length; i++) {
            var c = pattern.charAt(i);
            if (c === '{') {
                if (depth === 1) {
                    var open = i;
                    var inner = 0;
                    for (; i < pattern.length; i++) {
                        if (pattern.charAt(i) === '{') { inner++; }
                        if (pattern.charAt(i) === '}' && --inner === 0) { break; }
                    }
                    branches[key.replace(/^\s*0\s*,\s*plural\s*,/, '').trim()] = pattern.substring(open + 1, i);
                    key = '';
                    continue;
                }
                depth++;
            } else if (c === '}') {
                depth--;
                if (depth === 0) { end = i; break; }
            } else if (depth === 1) {
                key += c;
            }
        }
        var lang = document.documentElement.lang || 'en';
        var branch = branches['=' + n] || branches[new Intl.PluralRules(lang).select(n)] || branches.other || '';
        return pattern.substring(0, start) + branch.replace(/#/g, n.toLocaleString(lang)) + pattern.substring(end + 1);
    }

    function count() {
        clearTimeout(countTimer);
        countTimer = setTimeout(function () {
            fetch(cfg.api, {method: 'POST', headers: {'Content-Type': 'text/html; charset=UTF-8'}, body: html()})
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (answer) { if (answer) { show(answer.words); } })
                .catch(function () { /* the count comes back with the next change */ });
        }, 300);
    }

    function keepLocally() {
        try {
            localStorage.setItem(cfg.key, JSON.stringify({html: html(), at: Date.now()}));
        } catch (e) {
            // storage full or disabled: the server's drafts still work
        }
    }

    function markDirty(value) {
        dirty = value;
        var unsaved = document.getElementById('unsaved');
        if (unsaved) {
            unsaved.style.display = value ? '' : 'none';
        }
    }

    function changed() {
        widget.input.val(html()); // PrimeFaces copies the text on blur only; saves must send what is typed
        markDirty(true);
        keepLocally();
        count();
    }

    function restore() {
        var local = null;
        try {
            local = JSON.parse(localStorage.getItem(cfg.key));
        } catch (e) {
            local = null;
        }
        if (local && local.at > cfg.savedAt && local.html && local.html !== html()) {
            quill().clipboard.dangerouslyPasteHTML(local.html);
            widget.input.val(html());
            document.getElementById('restored').style.display = '';
            markDirty(true);
            count();
        } else if (local) {
            localStorage.removeItem(cfg.key);
        }
    }

    function start() {
        quill().on('text-change', changed);
        restore();
        setInterval(function () {
            if (dirty && !leaving) {
                autosaveEssay();
            }
        }, 60000);
        window.addEventListener('beforeunload', function (event) {
            if (dirty && !leaving) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    }

    return {
        init: function (data) {
            cfg = {api: data.api, key: data.key, savedAt: Number(data.savedAt), template: data.template,
                min: Number(data.min), max: Number(data.max)};
            var wait = setInterval(function () {
                widget = PF('essayEditor');
                if (widget && widget.editor) {
                    clearInterval(wait);
                    start();
                }
            }, 50);
        },
        saving: function () {
            widget.input.val(html());
            sending = html();
        },
        saved: function (xhr, status, args) {
            if (args && !args.validationFailed && sending === html()) {
                markDirty(false);
                localStorage.removeItem(cfg.key);
            }
        },
        leaving: function () {
            widget && widget.input.val(html());
            leaving = true;
        },
        /** The submit button's click: the first one submits, a second (a double click) is ignored. */
        submitOnce: function (button) {
            if (button.getAttribute('data-sent')) {
                return false;
            }
            button.setAttribute('data-sent', '1');
            this.leaving();
            return true;
        },
        isDirty: function () {
            return dirty;
        }
    };
}());

// started from here, not from an inline script in the page, which the Content-Security-Policy would refuse
$(function () {
    var page = document.getElementById('essayPage');
    if (page) {
        EssayPage.init(page.dataset);
    }
});
