package edu.aum.course.partner.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.partner.control.EssayLine;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerEnrollment;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.control.Scope;
import edu.aum.course.partner.entity.AffiliationStatus;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /partner/student.xhtml?enrollment=ID: one student's enrollment, the timeline of their essays (never the
 * text; grades only with consent) and the staff's confirmation or dispute of the affiliation.
 */
@Named
@ViewScoped
public class PartnerStudentBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerAccess access;

    @Inject
    transient PartnerEnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    private Long enrollmentId;
    private Scope scope;
    private PartnerEnrollment row;
    private List<EssayLine> essays = List.of();
    private String comment;

    /** f:viewAction: an unknown enrollment and another university's student answer 404 alike. */
    public void load() {
        refresh();
        NotFound.unless(row != null);
    }

    private void refresh() {
        scope = access.ofStaff(activeUser.getId());
        row = enrollmentId == null
                ? null
                : enrollments.find(scope, enrollmentId).orElse(null);
        essays = row == null ? List.of() : enrollments.essays(scope, enrollmentId);
        if (row != null && row.getAffiliation() != null && comment == null) {
            comment = row.getAffiliation().getComment();
        }
    }

    public void confirm() {
        check(AffiliationStatus.CONFIRMED, "partner.student.confirmed");
    }

    public void dispute() {
        check(AffiliationStatus.DISPUTED, "partner.student.disputed");
    }

    private void check(AffiliationStatus status, String done) {
        enrollments.checkAffiliation(scope, enrollmentId, status, comment);
        Messages.info(null, done);
        refresh();
    }

    public Long getEnrollment() {
        return enrollmentId;
    }

    public void setEnrollment(Long enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    public PartnerEnrollment getRow() {
        return row;
    }

    public List<EssayLine> getEssays() {
        return essays;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
