package edu.aum.course.university.api;

import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import jakarta.persistence.Column;
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

/**
 * A university students come from; a partner university also has staff who follow its students.
 * Listed universities are the ones administrators keep; a student may name another one, which an
 * administrator can later merge into a listed one.
 */
@Entity
@Table(name = "universities")
@NamedQuery(name = University.FIND_BY_NAME_EN, query = "SELECT u FROM University u WHERE u.nameEn = :name")
@NamedQuery(
        name = University.FIND_BY_ANY_NAME,
        query =
                "SELECT u FROM University u WHERE LOWER(u.nameEn) = :name OR LOWER(u.nameRu) = :name ORDER BY u.listed DESC, u.id")
@NamedQuery(
        name = University.COUNT_WITH_NAME,
        query = "SELECT COUNT(u) FROM University u"
                + " WHERE (LOWER(u.nameEn) IN (:en, :ru) OR LOWER(u.nameRu) IN (:en, :ru)) AND u.id <> :id")
@NamedQuery(
        name = University.ALL_CURRENT,
        query = "SELECT u FROM University u WHERE u.mergedInto IS NULL ORDER BY u.listed DESC, u.nameEn")
@NamedQuery(name = University.LISTED, query = "SELECT u FROM University u WHERE u.listed = TRUE ORDER BY u.nameEn")
public class University implements java.io.Serializable {

    public static final String FIND_BY_NAME_EN = "University.findByNameEn";
    public static final String FIND_BY_ANY_NAME = "University.findByAnyName";
    public static final String COUNT_WITH_NAME = "University.countWithName";
    public static final String ALL_CURRENT = "University.allCurrent";
    public static final String LISTED = "University.listed";
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu;

    /** ISO 3166 alpha-2: US or RU. */
    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false)
    private boolean partner;

    /** Kept by administrators (true), or named by a student (false). */
    @Column(nullable = false)
    private boolean listed = true;

    /** The listed university this student-named one turned out to be; its enrollments moved there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(
            name = "successor_id") // not "merged_into_id": Connector/J 9.5 takes a SELECT naming it for SELECT ... INTO
    private University mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected University() {
        // for JPA
    }

    public University(String nameEn, String nameRu, String country, boolean partner, Instant now) {
        this.nameEn = requireName(nameEn);
        this.nameRu = requireName(nameRu);
        this.country = Country.of(country).name();
        this.partner = partner;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A university a student names because it is not in the list; one name serves both languages. */
    public static University namedByStudent(String name, Country country, Instant now) {
        University university = new University(name, name, country.name(), false, now);
        university.listed = false;
        return university;
    }

    public void edit(String nameEn, String nameRu, Country country, boolean partner) {
        this.nameEn = requireName(nameEn);
        this.nameRu = requireName(nameRu);
        this.country = country.name();
        this.partner = partner;
    }

    /** Marks this student-named university as the same as a listed one. */
    public void mergeInto(University target) {
        if (listed || isMerged()) {
            throw new BusinessException("university.merge.notNamed");
        }
        if (!target.listed || target == this) {
            throw new BusinessException("university.merge.targetNotListed");
        }
        this.mergedInto = target;
    }

    /** Adds a student-named university to the list, as it is. */
    public void list() {
        this.listed = true;
    }

    private static String requireName(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("university.name.required");
        }
        if (value.strip().length() > NAME_MAX) {
            throw new BusinessException("university.name.tooLong", NAME_MAX);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String name(Language language) {
        return language == Language.RU ? nameRu : nameEn;
    }

    public String getCountry() {
        return country;
    }

    public boolean isPartner() {
        return partner;
    }

    public boolean isListed() {
        return listed;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public University getMergedInto() {
        return mergedInto;
    }

    public long getVersion() {
        return version;
    }
}
