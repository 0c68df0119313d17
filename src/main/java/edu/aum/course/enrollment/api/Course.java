package edu.aum.course.enrollment.api;

import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A course as the catalogue describes it, in English and Russian; it runs as offerings. */
@Entity
@Table(name = "courses")
@NamedQuery(name = Course.FIND_BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
@NamedQuery(name = Course.ALL_BY_CODE, query = "SELECT c FROM Course c ORDER BY c.code")
public class Course implements java.io.Serializable {

    public static final String FIND_BY_CODE = "Course.findByCode";
    public static final String ALL_BY_CODE = "Course.allByCode";
    public static final int CODE_MAX = 20;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(name = "title_en", nullable = false, length = TITLE_MAX)
    private String titleEn;

    @Column(name = "title_ru", nullable = false, length = TITLE_MAX)
    private String titleRu;

    @Column(name = "description_en", nullable = false, length = DESCRIPTION_MAX)
    private String descriptionEn;

    @Column(name = "description_ru", nullable = false, length = DESCRIPTION_MAX)
    private String descriptionRu;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {
        // for JPA
    }

    public Course(
            String code, String titleEn, String titleRu, String descriptionEn, String descriptionRu, Instant now) {
        this.code = normalizeCode(code);
        describe(titleEn, titleRu, descriptionEn, descriptionRu);
        this.createdAt = Objects.requireNonNull(now);
    }

    public static String normalizeCode(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("course.code.required");
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (normalized.length() > CODE_MAX) {
            throw new BusinessException("course.code.tooLong", CODE_MAX);
        }
        return normalized;
    }

    public void changeCode(String code) {
        this.code = normalizeCode(code);
    }

    public final void describe(String titleEn, String titleRu, String descriptionEn, String descriptionRu) {
        this.titleEn = require(titleEn, TITLE_MAX);
        this.titleRu = require(titleRu, TITLE_MAX);
        this.descriptionEn = require(descriptionEn, DESCRIPTION_MAX);
        this.descriptionRu = require(descriptionRu, DESCRIPTION_MAX);
    }

    private static String require(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("course.text.required");
        }
        if (value.strip().length() > max) {
            throw new BusinessException("course.text.tooLong", max);
        }
        return value.strip();
    }

    public String title(Language language) {
        return language == Language.RU ? titleRu : titleEn;
    }

    public String description(Language language) {
        return language == Language.RU ? descriptionRu : descriptionEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionRu() {
        return descriptionRu;
    }

    public long getVersion() {
        return version;
    }
}
