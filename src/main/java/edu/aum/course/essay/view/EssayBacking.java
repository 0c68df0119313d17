package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.essay.api.EssayHtml;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.essay.control.Stage;
import edu.aum.course.essay.control.TextExtractor;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * /student/essay.xhtml?assignment=ID: the editor with its live word count, drafts saved on demand and
 * automatically (essay.js), an uploaded file's text to confirm, and the submission with the integrity statement.
 */
@Named
@ViewScoped
public class EssayBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    /** What the editor's toolbar offers: paragraphs, bold, italics, lists and quotes (EssayHtml keeps the same). */
    private static final List<String> FORMATS = List.of("bold", "italic", "list", "blockquote");

    @Inject
    transient SubmissionService submissions;

    @Inject
    ActiveUser activeUser;

    @Inject
    Dates dates;

    @Inject
    transient Clock clock;

    private Long assignmentId;
    private SubmissionService.Essay essay;
    private Stage stage;
    private boolean editable;
    private String html = "";
    private String received = fingerprint("");
    private boolean integrity;
    private transient UploadedFile file;
    private Pending pending;

    /** A file read but not yet confirmed by the student. */
    public record Pending(String fileName, String contentType, byte[] content, String html, int words)
            implements Serializable {
        // getters for the page: Jakarta EL 5 does not read record components
        public String getFileName() {
            return fileName;
        }

        public String getHtml() {
            return html;
        }

        public int getWords() {
            return words;
        }
    }

    /** f:viewAction */
    public void load() {
        essay = assignmentId == null
                ? null
                : submissions.findEssay(activeUser.getId(), assignmentId).orElse(null);
        if (!NotFound.unless(essay != null)) { // an unknown assignment and another offering's answer 404 alike
            return;
        }
        stage = essay.stage(clock.instant());
        editable = essay.isWritable(clock.instant());
        html = essay.submission()
                .map(s -> s.isEditable() ? s.getDraftHtml() : latestHtml(s))
                .orElse("");
    }

    private static String latestHtml(Submission submission) {
        return submission.latest().map(v -> v.getHtml()).orElse(submission.getDraftHtml());
    }

    public void save() {
        submissions.saveDraft(activeUser.getId(), assignmentId, html);
        Messages.info(null, "essay.write.saved", dates.time(clock.instant()));
        confirm();
    }

    /** The automatic save (ajax, seconds after typing stops and every few seconds while typing); quiet unless it fails. */
    public void autosave() {
        submissions.saveDraft(activeUser.getId(), assignmentId, html);
        confirm();
    }

    /**
     * Tells the page which text the server now holds (the fingerprint of what it posted, saved as the draft): only
     * then does the page drop its browser copy. A save that never got here (the session lost) confirms nothing.
     */
    private void confirm() {
        reload();
        PrimeFaces.current().ajax().addCallbackParam("savedText", received);
    }

    /** FNV-1a (32 bits) of the text without carriage returns, as essay.js computes it of what it sent. */
    static String fingerprint(String text) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r') {
                hash ^= c;
                hash *= 0x01000193;
            }
        }
        return Integer.toHexString(hash);
    }

    public String submit() {
        submissions.submit(activeUser.getId(), assignmentId, html, integrity);
        return Pages.redirect("/student/receipt?assignment=" + assignmentId, "essay.submitted");
    }

    /** Reads the chosen file and shows its text and word count for confirmation. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            throw new BusinessException("essay.upload.none");
        }
        if (file.getSize() > TextExtractor.MAX_BYTES) { // refused before the bytes are read into memory
            throw new BusinessException("essay.upload.tooLarge", TextExtractor.MAX_BYTES / (1024 * 1024));
        }
        byte[] content = file.getContent();
        var extracted = submissions.extract(file.getFileName(), content);
        String text = EssayHtml.fromText(extracted.text());
        pending = new Pending(file.getFileName(), file.getContentType(), content, text, WordCounter.countHtml(text));
    }

    public void confirmUpload() {
        if (pending != null) {
            submissions.draftFromFile(
                    activeUser.getId(), assignmentId, pending.fileName(), pending.contentType(), pending.content());
            Messages.info(null, "essay.upload.used", pending.fileName());
            pending = null;
            reload();
        }
    }

    public void discardUpload() {
        pending = null;
    }

    private void reload() {
        essay = submissions.open(activeUser.getId(), assignmentId);
        stage = essay.stage(clock.instant());
        editable = essay.isWritable(clock.instant());
        essay.submission().filter(Submission::isEditable).ifPresent(s -> html = s.getDraftHtml());
    }

    public boolean isFound() {
        return essay != null;
    }

    /** Whether the student may write: open or late (or asked to revise), and not frozen by a submission. */
    public boolean isEditable() {
        return editable;
    }

    public boolean isSubmitted() {
        return essay.isSubmitted();
    }

    public int getWords() {
        return WordCounter.countHtml(html);
    }

    public boolean isWithinBounds() {
        return essay.assignment().getWords().contains(getWords());
    }

    public java.time.Instant getDraftSavedAt() {
        return essay.submission().map(Submission::getDraftSavedAt).orElse(null);
    }

    /** When the server's draft was saved, in ms since 1970 (0: never), for the browser's copy to compare with. */
    public long getDraftSavedAtMillis() {
        return essay.submission()
                .map(Submission::getDraftSavedAt)
                .map(t -> t.toEpochMilli())
                .orElse(0L);
    }

    public List<String> getFormats() {
        return FORMATS;
    }

    public SubmissionService.Essay getEssay() {
        return essay;
    }

    public Stage getStage() {
        return stage;
    }

    public Long getAssignment() {
        return assignmentId;
    }

    public void setAssignment(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public String getHtml() {
        return html;
    }

    /** Kept sanitized, so a refused submit or a save re-renders the allowed text, never the posted markup. */
    public void setHtml(String html) {
        this.received = fingerprint(html == null ? "" : html);
        this.html = EssayHtml.sanitize(html);
    }

    /** Whether the editor shows the server's draft (not a posted text that a refused submission kept in the form). */
    public boolean isShowingDraft() {
        return essay.submission().map(s -> html.equals(s.getDraftHtml())).orElse(html.isEmpty());
    }

    public boolean isIntegrity() {
        return integrity;
    }

    public void setIntegrity(boolean integrity) {
        this.integrity = integrity;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Pending getPending() {
        return pending;
    }
}
