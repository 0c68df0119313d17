package edu.aum.course.grading.entity;

import edu.aum.course.platform.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One thing a rubric judges (e.g. argument), in both languages, with its levels. */
@Entity
@Table(name = "rubric_criteria")
public class Criterion implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id", nullable = false)
    private Rubric rubric;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_en", nullable = false, length = Rubric.NAME_MAX)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = Rubric.NAME_MAX)
    private String nameRu;

    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Level> levels = new ArrayList<>();

    protected Criterion() {
        // for JPA
    }

    Criterion(Rubric rubric, int sortOrder, String nameEn, String nameRu) {
        this.rubric = Objects.requireNonNull(rubric);
        this.sortOrder = sortOrder;
        this.nameEn = Texts.required(nameEn, Rubric.NAME_MAX);
        this.nameRu = Texts.required(nameRu, Rubric.NAME_MAX);
    }

    public Level addLevel(String labelEn, String labelRu, BigDecimal points) {
        Level level = new Level(this, levels.size(), labelEn, labelRu, points);
        levels.add(level);
        return level;
    }

    public Optional<Level> level(Long levelId) {
        return levelId == null
                ? Optional.empty()
                : levels.stream().filter(l -> levelId.equals(l.getId())).findFirst();
    }

    public BigDecimal maxPoints() {
        return levels.stream().map(Level::getPoints).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    public String name(Language language) {
        return language == Language.RU ? nameRu : nameEn;
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

    public List<Level> getLevels() {
        return Collections.unmodifiableList(levels);
    }
}
