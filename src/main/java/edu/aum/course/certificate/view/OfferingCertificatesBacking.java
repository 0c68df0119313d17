package edu.aum.course.certificate.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.certificate.control.BatchProgress;
import edu.aum.course.certificate.control.CertificateProblem;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.DryRunLine;
import edu.aum.course.certificate.control.EligibilityCounts;
import edu.aum.course.certificate.control.EligibilityFilter;
import edu.aum.course.certificate.control.EligibilityService;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.certificate.control.Selection;
import edu.aum.course.certificate.control.Standing;
import edu.aum.course.certificate.control.StandingFilter;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * /admin/certificates.xhtml?offering=ID: the offering's rule and template, who is eligible and why not,
 * their certificates; preview, dry run, batch issuance, revocation and reissue. The table is read a page at a time
 * and the view holds the admin's clicks (Selection), never the whole class.
 */
@Named
@ViewScoped
public class OfferingCertificatesBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient EligibilityService eligibility;

    @Inject
    transient IssuanceService issuance;

    @Inject
    transient CertificateService certificates;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Offering offering;
    private final PagedModel<Standing> standings = new PagedModel<>(
            () -> eligibility.count(offeringId, filter()), this::page, id -> Optional.empty(), Standing::enrollmentId);
    /** The summary's counts; null until counted (after the page is shown: 3 s for a class of 250,000). */
    private EligibilityCounts counts;
    /** How many certificates in force (one index read, for the ZIP link). */
    private long certified;

    private String text;
    private StandingFilter shown = StandingFilter.ALL;
    /** Which rows of the page shown the dry run would issue to: how "all" ticks them. */
    private Set<Long> pageIssuable = Set.of();

    private List<BatchProgress> batches = List.of();
    private List<String> templates = List.of();
    private String template;
    private BigDecimal minAverage;
    private long version;
    private Selection selection = Selection.allIssuable();
    private boolean mail = true;
    private List<DryRunLine> dryRun;
    private String serial;
    private String publicReason;
    private String note;
    private boolean anew;
    private boolean reissueMail;

    /** f:viewAction */
    public void load() {
        offering = offeringId == null ? null : courses.findOffering(offeringId).orElse(null);
        if (offering == null) {
            return;
        }
        template = offering.getCertificateTemplate();
        minAverage = offering.getMinAverageScore().orElse(null);
        version = offering.getVersion();
        templates = issuance.templates();
        batches = issuance.batches(offeringId);
        certified = eligibility.certifiedCount(offeringId);
        chooseAllEligible();
    }

    /**
     * The summary's counts, asked for by the page once it is shown (p:remoteCommand): who is eligible is the rule
     * applied to every student of the class, which the table's page of 50 does not wait for.
     */
    public void count() {
        if (offering != null) {
            counts = eligibility.counts(offeringId);
            certified = counts.certified();
        }
    }

    public boolean isCounted() {
        return counts != null;
    }

    /** The counts and batches after a change; the table reads its page again whenever it is drawn. */
    private void refresh() {
        count();
        batches = issuance.batches(offeringId);
    }

    private List<Standing> page(int first, int size) {
        List<Standing> page = eligibility.page(offeringId, filter(), first, size);
        pageIssuable = issuance.issuableAmong(offeringId, page);
        return page;
    }

    private EligibilityFilter filter() {
        return new EligibilityFilter(text, shown);
    }

    public void saveSettings() {
        List<CertificateProblem> problems = issuance.configure(offeringId, version, template, minAverage);
        if (problems.isEmpty()) {
            Messages.info(null, "admin.certificates.saved");
            offering = courses.getOffering(offeringId);
            version = offering.getVersion();
            refresh();
        } else {
            Messages.error(null, "admin.certificates.templateBroken", template);
            problems.forEach(p -> Messages.error(null, p.key(), p.arguments().toArray()));
        }
    }

    /** Ticks exactly those the dry run would issue to (IssuanceService.issuable). */
    public void chooseAllEligible() {
        selection = Selection.allIssuable();
    }

    public void chooseNone() {
        selection = Selection.none();
    }

    public void dryRun() {
        dryRun = issuance.dryRun(offeringId, selection, mail);
    }

    public String issue() {
        long batch = issuance.start(activeUser.getId(), offeringId, selection, mail);
        return "/admin/certificate-batch?faces-redirect=true&id=" + batch;
    }

    public void startRevocation(String serial) {
        this.serial = serial;
        this.publicReason = null;
        this.note = null;
    }

    public void revoke() {
        certificates.revoke(activeUser.getId(), serial, publicReason, note);
        Messages.info(null, "admin.certificates.revoked", serial);
        refresh();
        PrimeFaces.current().ajax().update("choose"); // told on the page; a refusal stays in the dialog alone
    }

    /** The reissue dialog, for a valid certificate (reissue) or a revoked one (issue anew). */
    public void startReissue(String serial, boolean anew) {
        this.serial = serial;
        this.anew = anew;
        this.reissueMail = false;
    }

    public void reissue() {
        if (anew) {
            String next = certificates.issueAnew(activeUser.getId(), serial, reissueMail);
            Messages.info(null, "admin.certificates.issuedAnew", next, serial);
        } else {
            String next = certificates.reissue(activeUser.getId(), serial, reissueMail);
            Messages.info(null, "admin.certificates.reissued", serial, next);
        }
        refresh();
        PrimeFaces.current().ajax().update("choose");
    }

    public long getEnrolledCount() {
        return counts == null ? 0 : counts.enrolled();
    }

    public long getEligibleCount() {
        return counts == null ? 0 : counts.eligible();
    }

    public long getIssuedCount() {
        return certified;
    }

    public long getDryRunIssues() {
        return dryRun == null ? 0 : dryRun.stream().filter(DryRunLine::issue).count();
    }

    public long getDryRunMails() {
        return dryRun == null ? 0 : dryRun.stream().filter(DryRunLine::mail).count();
    }

    public Long getOffering() {
        return offeringId;
    }

    public void setOffering(Long offeringId) {
        this.offeringId = offeringId;
    }

    public Offering getSelected() {
        return offering;
    }

    public PagedModel<Standing> getStandings() {
        return standings;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public StandingFilter getShown() {
        return shown;
    }

    public void setShown(StandingFilter shown) {
        this.shown = shown;
    }

    public StandingFilter[] getStandingFilters() {
        return StandingFilter.values();
    }

    public List<BatchProgress> getBatches() {
        return batches;
    }

    public List<String> getTemplates() {
        return templates;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public BigDecimal getMinAverage() {
        return minAverage;
    }

    public void setMinAverage(BigDecimal minAverage) {
        this.minAverage = minAverage;
    }

    /** The rows' boxes (#{bean.chosen[id]}): read from and written to the selection. */
    public Map<Long, Boolean> getChosen() {
        return new Boxes();
    }

    /** A box per row of the page shown; ticking or unticking one toggles its id in the selection. */
    private final class Boxes extends AbstractMap<Long, Boolean> {

        @Override
        public Boolean get(Object id) {
            return id instanceof Long enrollment && selection.isChosen(enrollment, pageIssuable.contains(enrollment));
        }

        @Override
        public Boolean put(Long id, Boolean chosen) {
            Boolean was = get(id);
            selection.choose(id, pageIssuable.contains(id), Boolean.TRUE.equals(chosen));
            return was;
        }

        @Override
        public Set<Map.Entry<Long, Boolean>> entrySet() {
            return Set.of();
        }
    }

    public boolean isMail() {
        return mail;
    }

    public void setMail(boolean mail) {
        this.mail = mail;
    }

    public List<DryRunLine> getDryRun() {
        return dryRun;
    }

    public String getSerial() {
        return serial;
    }

    public String getPublicReason() {
        return publicReason;
    }

    public void setPublicReason(String publicReason) {
        this.publicReason = publicReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isAnew() {
        return anew;
    }

    public boolean isReissueMail() {
        return reissueMail;
    }

    public void setReissueMail(boolean reissueMail) {
        this.reissueMail = reissueMail;
    }
}
