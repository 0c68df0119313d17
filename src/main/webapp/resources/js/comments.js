/*
 * Inline comments on an essay (grading: CommentsBacking, Passage).
 * A passage is a pair of offsets into the text content of the essay's box (what textContent gives: the characters
 * of its text nodes, tags left out) and the quoted characters; the server anchors the same offsets in the same text.
 * - On the marking page, a selection inside a box with data-comment-source="PREFIX" is turned into the offsets and
 *   quote, written to the fields PREFIX + "Start", "End" (hidden) and "Quote" (the passage field, which a keyboard
 *   user may also type into: the server then finds the words); a selection elsewhere (typing the comment) keeps
 *   the last one.
 * - On every page, a list with data-comment-target="BOX-ID" names comments (items with data-start, data-end,
 *   data-quote, data-comment); each passage is wrapped in <mark> elements in that box, one per text node it
 *   crosses (a passage across a bold word gives several marks of one comment), described by the comment's words.
 *   A passage whose quote no longer stands at its offsets is looked for nearby; one not found is listed only.
 */
(function () {
    function textNodes(box) {
        var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT, null);
        var nodes = [];
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push(node);
        }
        return nodes;
    }

    /** The offset in the box's text content of a boundary point (a node and an offset in it). */
    function offsetOf(box, node, offset) {
        var range = document.createRange();
        range.setStart(box, 0);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    function capture(box) {
        var prefix = box.getAttribute('data-comment-source');
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }
        var range = selection.getRangeAt(0);
        if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) {
            return; // a selection elsewhere, e.g. in the comment's text area: the chosen passage stays
        }
        var start = offsetOf(box, range.startContainer, range.startOffset);
        var end = offsetOf(box, range.endContainer, range.endOffset);
        var quote = box.textContent.substring(start, end);
        if (!quote.trim()) {
            return;
        }
        set(prefix + 'Start', start);
        set(prefix + 'End', end);
        set(prefix + 'Quote', quote);
    }

    function set(id, value) {
        var field = document.getElementById(id);
        if (field) {
            field.value = value;
        }
    }

    /** Where the quote stands: at its offsets, else its occurrence nearest to them; -1 when the text lost it. */
    function anchor(text, start, end, quote) {
        if (text.substring(start, end) === quote) {
            return start;
        }
        var best = -1;
        for (var at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        return best;
    }

    /** Wraps the characters [start, end) of the box's text content in marks, one per text node crossed. */
    function wrap(box, start, end, id, describedBy) {
        var position = 0;
        textNodes(box).forEach(function (node) {
            var from = position;
            var to = position + node.data.length;
            position = to;
            if (to <= start || from >= end || node.data.length === 0) {
                return;
            }
            var part = node;
            if (start > from) {
                part = part.splitText(start - from);
            }
            if (to > end) {
                part.splitText(part.data.length - (to - end));
            }
            var mark = document.createElement('mark');
            mark.className = 'app-comment-mark';
            mark.setAttribute('data-comment', id);
            if (describedBy) {
                mark.setAttribute('aria-describedby', describedBy);
            }
            part.parentNode.insertBefore(mark, part);
            mark.appendChild(part);
        });
    }

    function highlight(list) {
        var box = document.getElementById(list.getAttribute('data-comment-target'));
        if (!box) {
            return;
        }
        $(box).find('mark.app-comment-mark').each(function () {
            var parent = this.parentNode;
            while (this.firstChild) {
                parent.insertBefore(this.firstChild, this);
            }
            parent.removeChild(this);
        });
        box.normalize();
        var text = box.textContent;
        $(list).find('[data-comment]').each(function () {
            var start = parseInt(this.getAttribute('data-start'), 10);
            var end = parseInt(this.getAttribute('data-end'), 10);
            var quote = this.getAttribute('data-quote');
            var at = anchor(text, start, end, quote);
            var words = this.querySelector('.app-comment-text');
            if (at < 0) {
                this.classList.add('app-comment-lost');
                return;
            }
            wrap(box, at, at + quote.length, this.getAttribute('data-comment'), words ? words.id : null);
        });
    }

    function prepareAll() {
        $('[data-comment-target]').each(function () {
            highlight(this);
        });
    }

    document.addEventListener('selectionchange', function () {
        $('[data-comment-source]').each(function () {
            capture(this);
        });
    });
    $(document).on('click', 'mark.app-comment-mark', function () {
        var item = document.querySelector('[data-comment="' + this.getAttribute('data-comment') + '"]:not(mark)');
        if (item) {
            item.scrollIntoView({block: 'nearest'});
            item.focus();
        }
    });
    $(prepareAll);
    $(document).on('pfAjaxComplete', prepareAll);

    window.InlineComments = {refresh: prepareAll};
})();
