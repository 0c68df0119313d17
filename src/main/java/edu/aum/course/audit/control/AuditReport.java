package edu.aum.course.audit.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.platform.audit.AuditEntry;
import edu.aum.course.platform.audit.AuditFilter;
import edu.aum.course.platform.audit.AuditTrail;
import edu.aum.course.platform.text.CsvWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log as the admin reads it: the search's lines page by page, with who acted, and the same lines as
 * CSV. An e-mail that names nobody finds nothing.
 */
@Stateless
public class AuditReport {

    /** The CSV's columns: stable identifiers for the scripts that read the file, the same in every language. */
    static final String[] HEADER = {
        "id",
        "occurred_at",
        "actor_email",
        "actor_name",
        "subject_type",
        "subject_id",
        "action",
        "from_state",
        "to_state",
        "detail"
    };

    static final int EXPORT_PAGE = 500;

    @Inject
    AuditTrail trail;

    @Inject
    AccountService accounts;

    public long count(AuditSearch search, ZoneId zone) {
        return filter(search, zone).map(trail::count).orElse(0L);
    }

    public List<AuditLine> page(AuditSearch search, ZoneId zone, int first, int size) {
        return filter(search, zone)
                .map(f -> lines(trail.page(f, first, size), new HashMap<>()))
                .orElse(List.of());
    }

    public Optional<AuditLine> find(long id) {
        return trail.find(id).map(entry -> line(entry, new HashMap<>()));
    }

    public List<String> subjectTypes() {
        return trail.subjectTypes();
    }

    /** Whether the search names a person who has no account (the screen says so). */
    public boolean namesNobody(AuditSearch search) {
        return search.email() != null
                && !search.email().isBlank()
                && accounts.findByEmail(search.email().strip()).isEmpty();
    }

    /** Every line the search finds, newest first, as CSV (CsvWriter: UTF-8 with a BOM, formulas neutralized). */
    public void export(AuditSearch search, ZoneId zone, OutputStream out) throws IOException {
        Optional<AuditFilter> filter = filter(search, zone);
        Map<Long, Optional<Account>> known = new HashMap<>();
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            if (filter.isEmpty()) {
                return;
            }
            for (int first = 0; ; first += EXPORT_PAGE) {
                List<AuditEntry> page = trail.page(filter.get(), first, EXPORT_PAGE);
                for (AuditLine line : lines(page, known)) {
                    AuditEntry e = line.entry();
                    csv.row(
                            e.getId(),
                            DateTimeFormatter.ISO_INSTANT.format(
                                    e.getOccurredAt().truncatedTo(ChronoUnit.SECONDS)),
                            line.actorEmail(),
                            line.actorName(),
                            e.getSubjectType(),
                            e.getSubjectId(),
                            e.getAction(),
                            e.getFromState(),
                            e.getToState(),
                            e.getDetail());
                }
                if (page.size() < EXPORT_PAGE) {
                    return;
                }
            }
        }
    }

    private Optional<AuditFilter> filter(AuditSearch search, ZoneId zone) {
        return search.filter(email -> accounts.findByEmail(email).map(Account::getId), zone);
    }

    private List<AuditLine> lines(List<AuditEntry> entries, Map<Long, Optional<Account>> known) {
        return entries.stream().map(e -> line(e, known)).toList();
    }

    private AuditLine line(AuditEntry entry, Map<Long, Optional<Account>> known) {
        if (entry.getActorId() == null) {
            return new AuditLine(entry, null, null);
        }
        Optional<Account> actor = known.computeIfAbsent(entry.getActorId(), accounts::find);
        return new AuditLine(
                entry,
                actor.map(Account::getFullName).orElse(null),
                actor.map(Account::getEmail).orElse(null));
    }
}
