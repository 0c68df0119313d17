package edu.aum.course.enrollment.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.control.EnrollmentImportFile.Row;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.Country;
import edu.aum.course.university.api.HomeUniversity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/** One row of a bulk enrollment, all or nothing. */
@Stateless
public class BulkEnrollmentRow {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Inject
    AccountService accounts;

    @Inject
    EnrollmentService enrollments;

    /**
     * Invites the student if they have no account yet and enrolls them; answers whether the account is
     * new. A new student's language and a new university's country follow the script of the names
     * (Cyrillic: Russian), the best the file tells.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean enroll(long offeringId, Row row) {
        boolean existed = accounts.findByEmail(row.email()).isPresent();
        Language language = CYRILLIC.matcher(row.fullName()).find() ? Language.RU : Language.EN;
        Account student = accounts.inviteStudent(row.email(), row.fullName(), language);
        if (!student.getRoles().contains(Role.STUDENT)) {
            throw new BusinessException("import.row.notStudent", row.email());
        }
        Country country =
                CYRILLIC.matcher(row.university()).find() || language == Language.RU ? Country.RU : Country.US;
        enrollments.enrollOnBehalf(
                student.getId(), offeringId, new HomeUniversity(null, row.university(), country), row.studentNumber());
        return !existed;
    }
}
