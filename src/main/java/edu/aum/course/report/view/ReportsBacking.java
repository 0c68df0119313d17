package edu.aum.course.report.view;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.notification.api.OutboxHealth;
import edu.aum.course.platform.faces.ChartJson;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.LanguageSwitch;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.report.control.Report;
import edu.aum.course.report.control.ReportPeriod;
import edu.aum.course.report.control.ReportService;
import edu.aum.course.report.control.Series;
import edu.aum.course.report.control.Turnaround;
import edu.aum.course.report.control.Weeks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /admin/reports.xhtml[?offering=ID][&amp;period=WEEKS_12|WEEKS_26|WEEKS_52|TERM]: the dashboards, of all offerings
 * or of one, over the last 12 weeks by default. Loaded once; the charts' texts follow the page's language at each
 * rendering (the view outlives a change of language).
 */
@Named
@ViewScoped
public class ReportsBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient CourseService courses;

    @Inject
    transient Dates dates;

    @Inject
    transient LanguageSwitch languageSwitch;

    @Inject
    transient Clock clock;

    private Long offering;
    private ReportPeriod period = ReportPeriod.WEEKS_12;
    private List<Offering> offerings;
    private Offering selected;
    private Report report;

    /** f:viewAction */
    public void load() {
        offerings = courses.offerings();
        selected = offering == null ? null : courses.findOffering(offering).orElse(null);
        if (!NotFound.unless(offering == null || selected != null)) {
            return;
        }
        if (period == null) {
            period = ReportPeriod.WEEKS_12;
        }
        Weeks weeks = period.weeks(
                LocalDate.now(clock.withZone(dates.zone())),
                dates.zone(),
                selected == null ? null : selected.getSchedule());
        report = reports.report(weeks, offering);
    }

    /** The filter's button: the same page with the chosen filters in its address (bookmarkable). */
    public String apply() {
        return "/admin/reports?faces-redirect=true&includeViewParams=true";
    }

    /** One row of a chart's table: the week and its numbers, as shown (blank: no value). */
    public record Row(String week, List<String> values) implements Serializable {}

    private List<String> labels() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", languageSwitch.getLocale());
        return report.weeks().starts().stream().map(format::format).toList();
    }

    private List<Row> rows(List<long[]> columns) {
        List<Row> rows = new ArrayList<>();
        List<LocalDate> starts = report.weeks().starts();
        for (int w = 0; w < starts.size(); w++) {
            List<String> values = new ArrayList<>();
            for (long[] column : columns) {
                values.add(Long.toString(column[w]));
            }
            rows.add(new Row(dates.date(starts.get(w)), values));
        }
        return rows;
    }

    private static List<String> texts(String... keys) {
        return Arrays.stream(keys).map(Messages::text).toList();
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    // enrollments by university

    public List<String> getUniversities() {
        return report.enrollments().stream()
                .map(s -> s.isTheRest()
                        ? Messages.text("admin.reports.enrollments.others")
                        : s.name(languageSwitch.current()))
                .toList();
    }

    public List<String> getEnrollmentColumns() {
        List<String> columns = new ArrayList<>(getUniversities());
        columns.add(Messages.text("admin.reports.total"));
        return columns;
    }

    public String getEnrollmentChart() {
        List<String> names = getUniversities();
        List<ChartJson.Dataset> sets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            sets.add(new ChartJson.Dataset(
                    names.get(i), boxed(report.enrollments().get(i).counts())));
        }
        return ChartJson.bars(labels(), sets, true);
    }

    public List<Row> getEnrollmentRows() {
        List<long[]> columns = new ArrayList<>(
                report.enrollments().stream().map(Series::counts).toList());
        long[] total = new long[report.weeks().count()];
        columns.forEach(c -> {
            for (int w = 0; w < total.length; w++) {
                total[w] += c[w];
            }
        });
        columns.add(total);
        return rows(columns);
    }

    // essays on time and late

    public String getEssayChart() {
        return ChartJson.bars(
                labels(),
                List.of(
                        new ChartJson.Dataset(Messages.text("admin.reports.essays.onTime"), boxed(report.onTime())),
                        new ChartJson.Dataset(Messages.text("admin.reports.essays.late"), boxed(report.late()))),
                true);
    }

    public List<String> getEssayColumns() {
        return texts("admin.reports.essays.onTime", "admin.reports.essays.late", "admin.reports.total");
    }

    public List<Row> getEssayRows() {
        long[] total = new long[report.weeks().count()];
        for (int w = 0; w < total.length; w++) {
            total[w] = report.onTime()[w] + report.late()[w];
        }
        return rows(List.of(report.onTime(), report.late(), total));
    }

    // marking turnaround

    public String getTurnaroundChart() {
        return ChartJson.lines(
                labels(),
                List.of(
                        new ChartJson.Dataset(
                                Messages.text("admin.reports.turnaround.median"),
                                report.turnaround().stream()
                                        .map(Turnaround::medianHours)
                                        .toList()),
                        new ChartJson.Dataset(
                                Messages.text("admin.reports.turnaround.p90"),
                                report.turnaround().stream()
                                        .map(Turnaround::p90Hours)
                                        .toList())));
    }

    public List<String> getTurnaroundColumns() {
        return texts(
                "admin.reports.turnaround.released",
                "admin.reports.turnaround.medianHours",
                "admin.reports.turnaround.p90Hours");
    }

    public List<Row> getTurnaroundRows() {
        List<Row> rows = new ArrayList<>();
        List<LocalDate> starts = report.weeks().starts();
        for (int w = 0; w < starts.size(); w++) {
            Turnaround t = report.turnaround().get(w);
            rows.add(new Row(
                    dates.date(starts.get(w)),
                    List.of(Long.toString(t.released()), hours(t.medianHours()), hours(t.p90Hours()))));
        }
        return rows;
    }

    private static String hours(Long hours) {
        return hours == null ? "" : Long.toString(hours);
    }

    // certificates

    public String getCertificateChart() {
        return ChartJson.bars(
                labels(),
                List.of(
                        new ChartJson.Dataset(
                                Messages.text("admin.reports.certificates.issued"), boxed(report.issued())),
                        new ChartJson.Dataset(
                                Messages.text("admin.reports.certificates.revoked"), boxed(report.revoked()))),
                false);
    }

    public List<String> getCertificateColumns() {
        return texts("admin.reports.certificates.issued", "admin.reports.certificates.revoked");
    }

    public List<Row> getCertificateRows() {
        return rows(List.of(report.issued(), report.revoked()));
    }

    // the outbox

    public OutboxHealth.Figures getOutbox() {
        return report.outbox();
    }

    /** "3 hours" or "2 days" since the oldest waiting message was written; empty when nothing waits. */
    public String getOldestWaitingAge() {
        return report.outbox()
                .oldestWaiting()
                .map(since -> age(Duration.between(since, clock.instant())))
                .orElse("");
    }

    public String getOldestWaitingAt() {
        return report.outbox().oldestWaiting().map(dates::time).orElse("");
    }

    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return Messages.text("admin.reports.age.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return Messages.text("admin.reports.age.hours", minutes / 60);
        }
        return Messages.text("admin.reports.age.days", minutes / (24 * 60));
    }

    // the lines of totals (plural-aware)

    public String getEnrollmentSummary() {
        return Messages.text("admin.reports.enrollments.summary", report.enrolled());
    }

    public String getEssaySummary() {
        return Messages.text(
                "admin.reports.essays.summary",
                report.submittedOnTime() + report.submittedLate(),
                report.submittedLate());
    }

    public String getTurnaroundSummary() {
        return Messages.text("admin.reports.turnaround.summary", report.released());
    }

    public String getCertificateSummary() {
        return Messages.text("admin.reports.certificates.summary", report.issuedCount(), report.revokedCount());
    }

    // the filter and the period

    public String getPeriodText() {
        return Messages.text(
                "admin.reports.period.text",
                dates.date(report.weeks().firstMonday()),
                dates.date(report.weeks().end().minusDays(1)),
                report.weeks().count());
    }

    /** TERM was asked for without an offering: the page says it shows the last 12 weeks instead. */
    public boolean isTermWithoutOffering() {
        return period == ReportPeriod.TERM && selected == null;
    }

    public Report getReport() {
        return report;
    }

    public ReportPeriod[] getPeriods() {
        return ReportPeriod.values();
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public Offering getSelected() {
        return selected;
    }

    public Long getOffering() {
        return offering;
    }

    public void setOffering(Long offering) {
        this.offering = offering;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public void setPeriod(ReportPeriod period) {
        this.period = period;
    }
}
