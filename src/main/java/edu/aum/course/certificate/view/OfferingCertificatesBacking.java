package edu.aum.course.certificate.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.certificate.control.BatchProgress;
import edu.aum.course.certificate.control.CertificateProblem;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.DryRunLine;
import edu.aum.course.certificate.control.EligibilityService;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.certificate.control.Standing;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * /admin/certificates.xhtml?offering=ID: the offering's rule and template, who is eligible and why not,
 * their certificates; preview, dry run, batch issuance, revocation and reissue.
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
    private List<Standing> standings = List.of();
    private List<BatchProgress> batches = List.of();
    private List<String> templates = List.of();
    private String template;
    private BigDecimal minAverage;
    private long version;
    private final Map<Long, Boolean> chosen = new HashMap<>();
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
        refresh();
        chooseAllEligible();
    }

    private void refresh() {
        standings = eligibility.ofOffering(offeringId);
        batches = issuance.batches(offeringId);
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
        chosen.clear();
        issuance.issuable(offeringId).forEach(id -> chosen.put(id, true));
    }

    public void chooseNone() {
        chosen.clear();
    }

    public void dryRun() {
        dryRun = issuance.dryRun(offeringId, chosenIds(), mail);
    }

    public String issue() {
        long batch = issuance.start(activeUser.getId(), offeringId, chosenIds(), mail);
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

    private List<Long> chosenIds() {
        return chosen.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public long getEligibleCount() {
        return Standing.countEligible(standings);
    }

    public long getIssuedCount() {
        return Standing.countCertified(standings);
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

    public List<Standing> getStandings() {
        return standings;
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

    public Map<Long, Boolean> getChosen() {
        return chosen;
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
