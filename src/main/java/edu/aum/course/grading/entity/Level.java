package edu.aum.course.grading.entity;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/** One level of a criterion (e.g. "Convincing", 10 points). */
@Entity
@Table(name = "rubric_levels")
public class Level implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false)
    private Criterion criterion;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "label_en", nullable = false, length = Rubric.NAME_MAX)
    private String labelEn;

    @Column(name = "label_ru", nullable = false, length = Rubric.NAME_MAX)
    private String labelRu;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    protected Level() {
        // for JPA
    }

    Level(Criterion criterion, int sortOrder, String labelEn, String labelRu, BigDecimal points) {
        this.criterion = Objects.requireNonNull(criterion);
        this.sortOrder = sortOrder;
        this.labelEn = Texts.required(labelEn, Rubric.NAME_MAX);
        this.labelRu = Texts.required(labelRu, Rubric.NAME_MAX);
        if (points == null || points.signum() < 0 || points.compareTo(new BigDecimal("10000")) >= 0) {
            throw new BusinessException("rubric.points.invalid");
        }
        this.points = points;
    }

    public String label(Language language) {
        return language == Language.RU ? labelRu : labelEn;
    }

    public Long getId() {
        return id;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelRu() {
        return labelRu;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
