package edu.aum.course.account.control;

import edu.aum.course.account.entity.EmailAddress;
import edu.aum.course.account.entity.PersonName;
import edu.aum.course.platform.BusinessException;
import java.util.Optional;

/** The rules of names, e-mails and passwords as refusals the person reads (BusinessException). */
final class AccountRules {

    private AccountRules() {
    }

    static String name(String raw) {
        refuse(PersonName.problem(raw));
        return PersonName.normalize(raw);
    }

    static String email(String raw) {
        refuse(EmailAddress.problem(raw));
        return EmailAddress.normalize(raw);
    }

    static void password(String password, String email) {
        refuse(PasswordPolicy.problem(password, email));
    }

    private static void refuse(Optional<String> problem) {
        problem.ifPresent(key -> {
            throw new BusinessException(key);
        });
    }
}
