package edu.aum.course.certificate.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.certificate.control.EligibilityFilter;
import edu.aum.course.certificate.control.GradebookRow;
import edu.aum.course.certificate.control.GradebookService;
import edu.aum.course.certificate.control.GradebookSort;
import edu.aum.course.certificate.control.StandingFilter;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.http.FilterParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * /staff/gradebook.xhtml?offering=ID: the offering's students by assignments, for its teaching team and the admins
 * (another team's offering answers 404, as an unknown one); a page of 50 at a time, filtered by name or e-mail and
 * by standing, sorted by name or total; the same rows as CSV or XLSX (GradebookExportServlet).
 */
@Named
@ViewScoped
public class GradebookBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookService gradebook;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Offering offering;
    private List<Assignment> assignments = List.of();
    private String text;
    private GradebookSort sort = GradebookSort.NAME_ASC;
    private StandingFilter standing = StandingFilter.ALL;

    private final PagedModel<GradebookRow> rows = new PagedModel<>(
            () -> gradebook.count(activeUser.getId(), offeringId, filter()),
            (first, size) -> gradebook.page(activeUser.getId(), offeringId, filter(), sort, first, size),
            id -> Optional.empty(),
            GradebookRow::enrollmentId);

    /** f:viewAction */
    public void load() {
        offering = offeringId == null
                ? null
                : gradebook.find(activeUser.getId(), offeringId).orElse(null);
        if (NotFound.unless(offering != null)) {
            assignments = gradebook.assignments(activeUser.getId(), offeringId);
        }
    }

    private EligibilityFilter filter() {
        return new EligibilityFilter(text, standing);
    }

    /** The export's address with the filter and order shown. */
    public String exportQuery() {
        return FilterParameters.query("offering", offeringId, "text", text, "standing", standing, "sort", sort);
    }

    public PagedModel<GradebookRow> getRows() {
        return rows;
    }

    public Offering getSelected() {
        return offering;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public Long getOffering() {
        return offeringId;
    }

    public void setOffering(Long offeringId) {
        this.offeringId = offeringId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public GradebookSort getSort() {
        return sort;
    }

    public void setSort(GradebookSort sort) {
        this.sort = sort;
    }

    public StandingFilter getStanding() {
        return standing;
    }

    public void setStanding(StandingFilter standing) {
        this.standing = standing == null ? StandingFilter.ALL : standing;
    }

    public StandingFilter[] getStandings() {
        return StandingFilter.values();
    }

    public GradebookSort[] getSorts() {
        return GradebookSort.values();
    }
}
