package edu.aum.course.account.control;

import edu.aum.course.account.entity.EmailAddress;
import edu.aum.course.account.entity.PersonName;
import edu.aum.course.platform.BusinessException;
import java.util.Optional;

/** The rules of names, e-mails and passwords as refusals the person reads (BusinessException). */
public final class AccountRules {

    private AccountRules() {}

    public static String name(String raw) {
        refuse(PersonName.problem(raw));
        return PersonName.normalize(raw);
    }

    public static String email(String raw) {
        refuse(EmailAddress.problem(raw));
        return EmailAddress.normalize(raw);
    }

    public static void password(String password, String email) {
        refuse(PasswordPolicy.problem(password, email));
    }

    private static void refuse(Optional<String> problem) {
        problem.ifPresent(key -> {
            throw new BusinessException(key);
        });
    }
}
