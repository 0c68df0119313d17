package edu.aum.course.partner.control;

import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.platform.i18n.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One essay of a student's timeline as their home university sees it: dates, word count, lateness and
 * state; never the text. Score, result and feedback only when released and the student shares grades (else null).
 */
public record EssayLine(
        Long assignmentId,
        String titleEn,
        String titleRu,
        Instant dueAt,
        SubmissionStatus status,
        int versions,
        Instant firstSubmittedAt,
        Instant lastSubmittedAt,
        Integer words,
        boolean late,
        Instant releasedAt,
        BigDecimal score,
        SubmissionResult result,
        String feedbackHtml,
        List<String> comments)
        implements java.io.Serializable {

    /** The line of an assignment, with the student's submission if any (a draft counts as none). */
    static EssayLine of(Assignment assignment, Submission submission, boolean gradesShared) {
        return of(assignment, submission, gradesShared, null);
    }

    /**
     * The same with the marker's released feedback (sanitized HTML, as the student sees it), which is
     * kept only when the score is shown.
     */
    static EssayLine of(Assignment assignment, Submission submission, boolean gradesShared, String feedbackHtml) {
        return of(assignment, submission, gradesShared, feedbackHtml, List.of());
    }

    /** The same with the words of the marker's released inline comments (never their passages), shown with the feedback. */
    static EssayLine of(
            Assignment assignment,
            Submission submission,
            boolean gradesShared,
            String feedbackHtml,
            List<String> comments) {
        if (submission == null || submission.getStatus() == SubmissionStatus.DRAFT) {
            return new EssayLine(
                    assignment.getId(),
                    assignment.getTitleEn(),
                    assignment.getTitleRu(),
                    assignment.getDueAt(),
                    null,
                    0,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    List.of());
        }
        SubmissionVersion first = submission.getVersions().get(0);
        SubmissionVersion last = submission.latest().orElse(first);
        boolean released = submission.getStatus() == SubmissionStatus.RELEASED;
        boolean showGrades = GradeVisibility.visible(gradesShared, submission.getStatus());
        return new EssayLine(
                assignment.getId(),
                assignment.getTitleEn(),
                assignment.getTitleRu(),
                assignment.getDueAt(),
                submission.getStatus(),
                submission.getVersions().size(),
                first.getSubmittedAt(),
                last.getSubmittedAt(),
                last.getWordCount(),
                last.isLate(),
                released ? submission.getReleasedAt() : null,
                showGrades ? submission.getScore().orElse(null) : null,
                showGrades ? submission.getResult().orElse(null) : null,
                showGrades && feedbackHtml != null && !feedbackHtml.isBlank() ? feedbackHtml : null,
                showGrades && comments != null ? List.copyOf(comments) : List.of());
    }

    public String title(Language language) {
        return language == Language.RU ? titleRu : titleEn;
    }

    public boolean isSubmitted() {
        return status != null;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public int getVersions() {
        return versions;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public Integer getWords() {
        return words;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    public SubmissionResult getResult() {
        return result;
    }

    /** The words of the released inline comments when the student shares grades; else none. */
    public List<String> getComments() {
        return comments;
    }

    /** Released feedback when the student shares grades; else null. */
    public String getFeedbackHtml() {
        return feedbackHtml;
    }
}
