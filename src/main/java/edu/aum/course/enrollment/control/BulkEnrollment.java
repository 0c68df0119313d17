package edu.aum.course.enrollment.control;

import edu.aum.course.enrollment.control.EnrollmentImportFile.Problem;
import edu.aum.course.enrollment.control.EnrollmentImportFile.Row;
import edu.aum.course.platform.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * An administrator enrolls many students from a CSV file (e-mail, full name, university, student
 * number). Each row is its own transaction: a row that fails leaves nothing behind (no account, no
 * e-mail, no enrollment) and is reported with its line; the good rows are kept.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkEnrollment {

    private static final Logger LOG = Logger.getLogger(BulkEnrollment.class.getName());

    @Inject
    BulkEnrollmentRow rows;

    /** What a file did: the rows enrolled and the problems, both in file order. */
    public record Report(List<Enrolled> enrolled, List<Problem> problems) implements java.io.Serializable {}

    /** An enrolled row; newAccount: the student was invited to set a password. */
    public record Enrolled(int line, String email, String fullName, boolean newAccount)
            implements java.io.Serializable {}

    /**
     * The enrollment's refusals that speak to the student ("You are already enrolled"), worded for the admin
     * who enrolls on the student's behalf and reads the report about them.
     */
    static final Map<String, String> ON_BEHALF =
            Map.of("enrollment.already", "import.row.alreadyEnrolled", "enrollment.full", "import.row.full");

    static Problem reported(Row row, BusinessException refusal) {
        String key = ON_BEHALF.get(refusal.key());
        return key == null
                ? new Problem(row.line(), refusal.key(), List.of(refusal.arguments()))
                : new Problem(row.line(), key, List.of(row.email()));
    }

    public Report enroll(long offeringId, byte[] file) {
        var parsed = EnrollmentImportFile.parse(file);
        List<Enrolled> enrolled = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(parsed.problems());
        for (Row row : parsed.rows()) {
            try {
                enrolled.add(new Enrolled(row.line(), row.email(), row.fullName(), rows.enroll(offeringId, row)));
            } catch (BusinessException e) {
                problems.add(reported(row, e));
            } catch (EJBException | jakarta.persistence.PersistenceException e) {
                LOG.warning(() -> "Bulk enrollment line " + row.line() + " failed: " + e);
                problems.add(new Problem(row.line(), "import.row.failed", List.of()));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Report(enrolled, problems);
    }
}
