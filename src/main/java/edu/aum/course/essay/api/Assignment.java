package edu.aum.course.essay.api;

import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.Extension;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** An essay an offering's students write on a schedule: its prompt in both languages, its dates and word bounds. */
@Entity
@Table(name = "assignments")
@NamedQuery(
        name = Assignment.OF_OFFERING,
        query = "SELECT a FROM Assignment a WHERE a.offering.id = :offering" + " ORDER BY a.dueAt, a.id")
public class Assignment implements java.io.Serializable {

    public static final String OF_OFFERING = "Assignment.ofOffering";
    public static final int TITLE_MAX = 200;
    public static final int PROMPT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false)
    private Offering offering;

    @Column(name = "title_en", nullable = false, length = TITLE_MAX)
    private String titleEn;

    @Column(name = "title_ru", nullable = false, length = TITLE_MAX)
    private String titleRu;

    @Column(name = "prompt_en", nullable = false, length = PROMPT_MAX)
    private String promptEn;

    @Column(name = "prompt_ru", nullable = false, length = PROMPT_MAX)
    private String promptRu;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "cutoff_at", nullable = false)
    private Instant cutoffAt;

    @Embedded
    private WordBounds words;

    /** Whether a pass in this essay counts towards the offering's certificate. */
    @Column(name = "counts_for_certificate", nullable = false)
    private boolean countsForCertificate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Assignment() {
        // for JPA
    }

    public Assignment(
            Offering offering,
            Text text,
            Deadlines deadlines,
            WordBounds words,
            boolean countsForCertificate,
            Instant now) {
        this.offering = Objects.requireNonNull(offering);
        describe(text);
        plan(deadlines, words, countsForCertificate);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Title and prompt in English and Russian. */
    public record Text(String titleEn, String titleRu, String promptEn, String promptRu) {
        public Text {
            titleEn = required(titleEn, TITLE_MAX);
            titleRu = required(titleRu, TITLE_MAX);
            promptEn = required(promptEn, PROMPT_MAX);
            promptRu = required(promptRu, PROMPT_MAX);
        }

        private static String required(String value, int max) {
            if (value == null || value.isBlank()) {
                throw new BusinessException("assignment.text.required");
            }
            if (value.strip().length() > max) {
                throw new BusinessException("assignment.text.tooLong", max);
            }
            return value.strip();
        }
    }

    public final void describe(Text text) {
        this.titleEn = text.titleEn();
        this.titleRu = text.titleRu();
        this.promptEn = text.promptEn();
        this.promptRu = text.promptRu();
    }

    public final void plan(Deadlines deadlines, WordBounds words, boolean countsForCertificate) {
        this.opensAt = deadlines.opensAt();
        this.dueAt = deadlines.dueAt();
        this.cutoffAt = deadlines.cutoffAt();
        this.words = Objects.requireNonNull(words);
        this.countsForCertificate = countsForCertificate;
    }

    /** The dates for a student, with their extension if they have one. */
    public Deadlines deadlinesFor(Extension extension) {
        return extension == null ? deadlines() : new Deadlines(opensAt, extension.getDueAt(), extension.getCutoffAt());
    }

    public Deadlines deadlines() {
        return new Deadlines(opensAt, dueAt, cutoffAt);
    }

    public String title(Language language) {
        return language == Language.RU ? titleRu : titleEn;
    }

    public String prompt(Language language) {
        return language == Language.RU ? promptRu : promptEn;
    }

    public Long getId() {
        return id;
    }

    public Offering getOffering() {
        return offering;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public String getPromptEn() {
        return promptEn;
    }

    public String getPromptRu() {
        return promptRu;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCutoffAt() {
        return cutoffAt;
    }

    public WordBounds getWords() {
        return words;
    }

    public boolean isCountsForCertificate() {
        return countsForCertificate;
    }

    public long getVersion() {
        return version;
    }
}
