package edu.aum.course.grading.entity;

import edu.aum.course.platform.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How essays are scored: criteria (argument, evidence, structure, language...), each with levels worth
 * points. The score is the sum of the chosen levels. One rubric for a whole offering (no assignment)
 * or one for a single assignment, which then wins.
 */
@Entity
@Table(name = "rubrics")
@NamedQuery(name = Rubric.OF_OFFERING, query = "SELECT r FROM Rubric r WHERE r.offeringId = :offering ORDER BY r.id")
@NamedQuery(
        name = Rubric.FOR_ASSIGNMENT,
        query = "SELECT r FROM Rubric r WHERE r.offeringId = :offering"
                + " AND (r.assignmentId = :assignment OR r.assignmentId IS NULL) ORDER BY r.assignmentId DESC, r.id")
public class Rubric implements java.io.Serializable {

    public static final String OF_OFFERING = "Rubric.ofOffering";
    public static final String FOR_ASSIGNMENT = "Rubric.forAssignment";
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offering_id", nullable = false)
    private Long offeringId;

    /** Empty: the rubric of every assignment of the offering that has none of its own. */
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Rubric() {
        // for JPA
    }

    public Rubric(long offeringId, Long assignmentId, String name, Instant now) {
        this.offeringId = offeringId;
        this.assignmentId = assignmentId;
        rename(name);
        this.createdAt = Objects.requireNonNull(now);
    }

    public final void rename(String newName) {
        this.name = Texts.required(newName, NAME_MAX);
    }

    public Criterion addCriterion(String nameEn, String nameRu) {
        Criterion criterion = new Criterion(this, criteria.size(), nameEn, nameRu);
        criteria.add(criterion);
        return criterion;
    }

    /** Drops every criterion (before defining them anew; refused by the service once marks use them). */
    public void clear() {
        criteria.clear();
    }

    /** The sum of the points of the chosen levels; every criterion needs a level. */
    public BigDecimal score(Map<Long, Long> levelByCriterion) {
        if (!isComplete(levelByCriterion)) {
            throw new BusinessException("grading.levelMissing");
        }
        return total(levelByCriterion);
    }

    /** The sum so far, while marking: a criterion without a chosen level adds nothing yet. */
    public BigDecimal total(Map<Long, Long> levelByCriterion) {
        return criteria.stream()
                .map(c -> c.level(levelByCriterion.get(c.getId()))
                        .map(Level::getPoints)
                        .orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether every criterion has one of its own levels chosen. */
    public boolean isComplete(Map<Long, Long> levelByCriterion) {
        return criteria.stream()
                .allMatch(c -> c.level(levelByCriterion.get(c.getId())).isPresent());
    }

    public BigDecimal maxPoints() {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<Criterion> criterion(long criterionId) {
        return criteria.stream()
                .filter(c -> c.getId() != null && c.getId() == criterionId)
                .findFirst();
    }

    public boolean isForOffering() {
        return assignmentId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getName() {
        return name;
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints();
    }
}
