package edu.aum.course.enrollment.entity;

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
import java.util.Objects;

/** A university students come from; a partner university also has staff who follow its students. */
@Entity
@Table(name = "universities")
@NamedQuery(name = University.FIND_BY_NAME_EN, query = "SELECT u FROM University u WHERE u.nameEn = :name")
public class University {

    public static final String FIND_BY_NAME_EN = "University.findByNameEn";
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected University() {
        // for JPA
    }

    public University(String nameEn, String nameRu, String country, boolean partner, Instant now) {
        this.nameEn = requireText(nameEn, "nameEn");
        this.nameRu = requireText(nameRu, "nameRu");
        this.country = requireText(country, "country").toUpperCase(java.util.Locale.ROOT);
        this.partner = partner;
        this.createdAt = Objects.requireNonNull(now);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
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
}
