package edu.aum.course.audit.control;

import edu.aum.course.certificate.api.CertificateAudit;
import edu.aum.course.enrollment.api.EnrollmentAudit;
import edu.aum.course.essay.api.EssayAudit;
import edu.aum.course.grading.api.GradingAudit;
import edu.aum.course.platform.audit.AuditFilter;
import edu.aum.course.platform.audit.AuditFilter.Scope;
import edu.aum.course.platform.http.FilterParameters;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The audit screen's filters as the admin typed them, each optional: the person who acted (by e-mail), the
 * offering, the essay (its submission id), the certificate (its serial), the kind of thing changed, and the days
 * from and to (both included, in the pages' time zone). The screen and its CSV read the same filters, the CSV from
 * the query string the screen's link carries.
 */
public record AuditSearch(
        String email,
        Long offeringId,
        Long essayId,
        String serial,
        String subjectType,
        LocalDate fromDay,
        LocalDate toDay)
        implements Serializable {

    public static final AuditSearch ANY = new AuditSearch(null, null, null, null, null, null, null);

    /** The query string of the CSV link (FilterParameters.query), read back by {@link #fromQuery}. */
    public String query() {
        return FilterParameters.query(
                "person",
                email,
                "offering",
                offeringId,
                "essay",
                essayId,
                "certificate",
                serial,
                "type",
                subjectType,
                "from",
                fromDay,
                "to",
                toDay);
    }

    /** Refuses (FilterParameters.Invalid) what cannot be read, rather than exporting more than was asked. */
    public static AuditSearch fromQuery(Function<String, String> parameter) {
        return new AuditSearch(
                FilterParameters.text(parameter.apply("person")),
                FilterParameters.id(parameter.apply("offering"), "offering"),
                FilterParameters.id(parameter.apply("essay"), "essay"),
                FilterParameters.text(parameter.apply("certificate")),
                FilterParameters.text(parameter.apply("type")),
                FilterParameters.day(parameter.apply("from"), "from"),
                FilterParameters.day(parameter.apply("to"), "to"));
    }

    /**
     * The log's filter, given who has the e-mail (the account's id), or empty when the e-mail names nobody: then
     * nothing matches, rather than everyone.
     */
    public Optional<AuditFilter> filter(Function<String, Optional<Long>> accountByEmail, ZoneId zone) {
        Long actorId = null;
        if (email != null && !email.isBlank()) {
            Optional<Long> actor = accountByEmail.apply(email.strip());
            if (actor.isEmpty()) {
                return Optional.empty();
            }
            actorId = actor.get();
        }
        AuditFilter filter = new AuditFilter(
                actorId,
                subjectType == null || subjectType.isBlank() ? null : subjectType,
                null,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(),
                null);
        if (offeringId != null) {
            Map<String, String> types = new HashMap<>();
            types.putAll(EnrollmentAudit.inOffering());
            types.putAll(EssayAudit.inOffering());
            types.putAll(GradingAudit.inOffering());
            types.putAll(CertificateAudit.inOffering());
            filter = filter.within(new Scope(offeringId, types));
        }
        if (essayId != null) {
            filter = filter.within(GradingAudit.ofEssay(essayId));
        }
        if (serial != null && !serial.isBlank()) {
            filter = filter.within(new Scope(serial.strip(), CertificateAudit.bySerial()));
        }
        return Optional.of(filter);
    }
}
