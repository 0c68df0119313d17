package edu.aum.course.essay.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.essay.control.Drafts;
import edu.aum.course.essay.control.ExtractionRefused;
import edu.aum.course.essay.control.Stage;
import edu.aum.course.essay.control.TextExtractor;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.EssayFile;
import edu.aum.course.essay.entity.Extension;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.i18n.Dates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Students write, upload and submit essays; the grading feature moves submissions on (transition).
 * Every text that arrives is sanitized (EssayHtml) and counted (WordCounter) here, never in a view.
 */
@Stateless
public class SubmissionService {

    public static final String SUBJECT = "Submission";
    public static final String RECEIPT_MAIL = "essay.receipt";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    EnrollmentService enrollments;

    @Inject
    Drafts drafts;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Dates dates;

    @Inject
    jakarta.enterprise.event.Event<EssaySubmitted> submitted;

    /**
     * What the essay page shows: the assignment, the student's dates (with an extension) and their essay
     * so far. (The getters are for the pages: Jakarta EL 5 does not read record components.)
     */
    public record Essay(Assignment assignment, Enrollment enrollment, Deadlines deadlines, Submission submissionOrNull)
            implements java.io.Serializable {

        /** Kept in a view, so the submission is held as such (an Optional does not serialize). */
        public Essay(
                Assignment assignment, Enrollment enrollment, Deadlines deadlines, Optional<Submission> submission) {
            this(assignment, enrollment, deadlines, submission.orElse(null));
        }

        public Optional<Submission> submission() {
            return Optional.ofNullable(submissionOrNull);
        }

        public Stage stage(java.time.Instant now) {
            return Stage.of(submission().map(Submission::getStatus).orElse(null), deadlines, now);
        }

        /** Whether the student may still write and submit (the rule submit enforces; no essay yet is a draft). */
        public boolean isWritable(java.time.Instant now) {
            SubmissionStatus status = submission().map(Submission::getStatus).orElse(SubmissionStatus.DRAFT);
            return status.acceptsSubmissionAt(deadlines, now);
        }

        /** Whether a submitted version froze the text: it waits for marking or has been marked. */
        public boolean isSubmitted() {
            return submission().map(s -> !s.isEditable()).orElse(false);
        }

        public Assignment getAssignment() {
            return assignment;
        }

        public Enrollment getEnrollment() {
            return enrollment;
        }

        public Deadlines getDeadlines() {
            return deadlines;
        }
    }

    /** One line of a student's timeline; writable: whether they may still write and submit it (Essay.isWritable). */
    public record Line(
            Assignment assignment, Deadlines deadlines, Submission submission, Stage stage, boolean writable) {
        public Assignment getAssignment() {
            return assignment;
        }

        public Deadlines getDeadlines() {
            return deadlines;
        }

        public Submission getSubmission() {
            return submission;
        }

        public Stage getStage() {
            return stage;
        }

        public boolean isWritable() {
            return writable;
        }
    }

    /**
     * The student's essay for an assignment of an offering they are enrolled in; empty for an unknown assignment
     * and for another offering's alike.
     */
    public Optional<Essay> findEssay(long studentId, long assignmentId) {
        return assignments
                .find(assignmentId)
                .flatMap(a -> drafts.findEnrollmentOf(studentId, a).map(e -> open(studentId, assignmentId)));
    }

    public Essay open(long studentId, long assignmentId) {
        Assignment assignment = assignments.get(assignmentId);
        Enrollment enrollment = drafts.enrollmentOf(studentId, assignment);
        Deadlines deadlines = assignment.deadlinesFor(
                assignments.findExtension(assignmentId, enrollment.getId()).orElse(null));
        return new Essay(assignment, enrollment, deadlines, find(assignmentId, enrollment.getId()));
    }

    /** The assignments of one of the student's enrollments, by due date, with where each stands. */
    public List<Line> timeline(long studentId, long enrollmentId) {
        Enrollment enrollment = enrollments
                .findOwn(studentId, enrollmentId)
                .orElseThrow(() -> new BusinessException("enrollment.notFound"));
        Map<Long, Submission> submitted = em.createNamedQuery(Submission.OF_ENROLLMENT, Submission.class)
                .setParameter("enrollment", enrollmentId)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.getAssignment().getId(), Function.identity()));
        Map<Long, Extension> extended = em.createNamedQuery(Extension.OF_ENROLLMENT, Extension.class)
                .setParameter("enrollment", enrollmentId)
                .getResultStream()
                .collect(Collectors.toMap(x -> x.getAssignment().getId(), Function.identity()));
        var now = clock.instant();
        return assignments.ofOffering(enrollment.getOffering().getId()).stream()
                .map(a -> {
                    Deadlines deadlines = a.deadlinesFor(extended.get(a.getId()));
                    Submission submission = submitted.get(a.getId());
                    Essay essay = new Essay(a, enrollment, deadlines, Optional.ofNullable(submission));
                    return new Line(a, deadlines, submission, essay.stage(now), essay.isWritable(now));
                })
                .toList();
    }

    /** Keeps what the student wrote (on demand, every minute, and before every submission). */
    public Submission saveDraft(long studentId, long assignmentId, String html) {
        Submission submission = drafts.mine(studentId, assignmentId);
        submission.saveDraft(EssayHtml.sanitize(html), clock.instant());
        return submission;
    }

    /** The text of an uploaded file becomes the draft; the file is kept to go with the next submitted version. */
    public Submission draftFromFile(
            long studentId, long assignmentId, String fileName, String contentType, byte[] content) {
        String text = extract(fileName, content).text();
        Submission submission = drafts.mine(studentId, assignmentId);
        EssayFile file = new EssayFile(fileName, contentType, content, clock.instant());
        em.persist(file);
        submission.draftFrom(file, EssayHtml.fromText(text), clock.instant());
        return submission;
    }

    /** What a file holds, for the student to confirm before it becomes the draft; refusals name the reason. */
    public TextExtractor.Extracted extract(String fileName, byte[] content) {
        try {
            return TextExtractor.extract(fileName, content);
        } catch (ExtractionRefused refused) {
            throw new BusinessException(refused.key(), refused.arguments().toArray());
        }
    }

    /**
     * Submits the essay: the student confirmed the integrity statement, the enrollment is active, the
     * cut-off has not passed and the words are within the bounds. The submission's row is locked, so a
     * second click or tab waits and then finds it submitted. The receipt goes out by mail.
     */
    public SubmissionVersion submit(long studentId, long assignmentId, String html, boolean integrityConfirmed) {
        drafts.keep(studentId, assignmentId, html); // committed first: a refusal below keeps the text
        if (!integrityConfirmed) {
            throw new BusinessException("submission.integrity.required");
        }
        Essay essay = open(studentId, assignmentId);
        if (!essay.enrollment().isActive()) {
            throw new BusinessException("submission.enrollmentNotActive");
        }
        Submission submission = drafts.mine(studentId, assignmentId);
        SubmissionStatus from = submission.getStatus();
        String clean = EssayHtml.sanitize(html);
        SubmissionVersion version = submission.submit(
                clean,
                WordCounter.countHtml(clean),
                essay.deadlines(),
                essay.assignment().getWords(),
                clock.instant());
        em.flush(); // the version's id, and a duplicate number fails here rather than at commit
        audit.transition(
                studentId,
                SUBJECT,
                submission.getId(),
                from,
                submission.getStatus(),
                "version " + version.getNumber() + (version.isLate() ? ", late" : ", on time"));
        enrollments.recordSubmission(essay.enrollment().getId());
        submitted.fire(new EssaySubmitted(submission.getId(), version.getId()));
        mailReceipt(essay, version);
        return version;
    }

    /** For the grading feature: moves a submission to another state if SubmissionStatus allows it; audited. */
    public Submission transition(Long actorId, long submissionId, SubmissionStatus next, String why) {
        Submission submission = get(submissionId);
        SubmissionStatus from = submission.moveTo(next);
        audit.transition(actorId, SUBJECT, submissionId, from, next, why);
        return submission;
    }

    public Optional<Submission> findById(long submissionId) {
        return Optional.ofNullable(em.find(Submission.class, submissionId));
    }

    public Submission get(long submissionId) {
        return findById(submissionId).orElseThrow(() -> new BusinessException("submission.notFound"));
    }

    public Optional<Submission> find(long assignmentId, long enrollmentId) {
        return drafts.find(assignmentId, enrollmentId);
    }

    /** The student's latest submitted version of an assignment: what the receipt shows. */
    public Optional<SubmissionVersion> receipt(long studentId, long assignmentId) {
        return open(studentId, assignmentId).submission().flatMap(Submission::latest);
    }

    private void mailReceipt(Essay essay, SubmissionVersion version) {
        Account student = essay.enrollment().getStudent();
        var language = student.getPreferredLanguage();
        outbox.queue(
                student.getEmail(),
                student.getFullName(),
                language,
                RECEIPT_MAIL,
                essay.assignment().title(language),
                dates.time(version.getSubmittedAt(), language.locale(), student.zoneOrNull()),
                version.getWordCount(),
                version.getSha256(),
                version.isLate() ? 1 : 0,
                version.getNumber(),
                essay.enrollment().getOffering().getCourse().title(language));
    }
}
