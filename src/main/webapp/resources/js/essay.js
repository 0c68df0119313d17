/*
 * The essay page: the live word count (asked of the server's WordCounter through POST /api/v1/word-count,
 * so the student sees the number the submission check uses), the automatic save (IDLE_MS after typing stops, and
 * at least every MAX_MS while typing, so a crash of the server loses seconds at most), a warning before leaving
 * with unsaved changes, and a copy of the text in the browser (localStorage) that is offered back when it is
 * newer than the server's draft, e.g. after the session was lost. The copy is dropped only when a save answers
 * the fingerprint of the very text it sent (args.savedText): a save that ended at the sign-in page, an expired
 * view or an outage confirms nothing, and the copy stays until the text is on the server.
 */
var EssayPage = (function () {
    var IDLE_MS = 3000, MAX_MS = 10000, RETRY_MS = 10000;
    var cfg, widget, dirty = false, leaving = false, countTimer = null, sending = null;
    var saveTimer = null, unsavedSince = 0, inFlight = false;

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
            // without cookies: the counter is anonymous, and a request with the session cookie makes Payara
            // read the whole session and store it in the grid again, some 200 times a minute for a student typing
            fetch(cfg.api, {method: 'POST', credentials: 'omit',
                    headers: {'Content-Type': 'text/html; charset=UTF-8'}, body: html()})
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
        schedule(IDLE_MS);
    }

    /** The next automatic save: after a pause in typing, but no later than MAX_MS after the first unsaved change. */
    function schedule(idle) {
        var now = Date.now();
        if (!unsavedSince) {
            unsavedSince = now;
        }
        clearTimeout(saveTimer);
        saveTimer = setTimeout(autosave, Math.max(0, Math.min(idle, unsavedSince + MAX_MS - now)));
    }

    function autosave() {
        if (dirty && !leaving && !inFlight) {
            autosaveEssay();
        } else if (dirty && !leaving) {
            schedule(IDLE_MS);
        }
    }

    /** FNV-1a (32 bits) of the text without carriage returns, as EssayBacking computes it of what it received. */
    function fingerprint(text) {
        var hash = 0x811c9dc5, i, c;
        for (i = 0; i < text.length; i++) {
            c = text.charCodeAt(i);
            if (c !== 13) {
                hash = Math.imul(hash ^ c, 0x01000193);
            }
        }
        return (hash >>> 0).toString(16);
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
            schedule(0); // the restored text goes to the server at once
        } else if (local && cfg.showingDraft) {
            localStorage.removeItem(cfg.key); // the server's draft is the page's text: nothing to keep
        }
    }

    function start() {
        quill().on('text-change', changed);
        restore();
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
                min: Number(data.min), max: Number(data.max), showingDraft: data.showingDraft === 'true'};
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
            inFlight = true;
            clearTimeout(saveTimer);
            unsavedSince = 0;
        },
        saved: function (xhr, status, args) {
            inFlight = false;
            var confirmed = args && !args.validationFailed && args.savedText === fingerprint(sending);
            if (confirmed && sending === html()) {
                markDirty(false);
                localStorage.removeItem(cfg.key);
                document.getElementById('notSaved').style.display = 'none';
            } else if (!confirmed) {
                document.getElementById('notSaved').style.display = '';
                schedule(RETRY_MS); // the browser copy stays; the text goes once the server takes it
            } else {
                schedule(IDLE_MS); // typed on while it was saving
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
