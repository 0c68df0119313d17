package edu.aum.course.certificate.view;

import edu.aum.course.certificate.control.CertificateProblem;
import edu.aum.course.certificate.entity.BatchItem;
import edu.aum.course.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** Problems and reasons of the certificate feature (bundle keys with arguments) as the page's language says them. */
@Named
@ApplicationScoped
public class CertificateTexts {

    public String problem(CertificateProblem problem) {
        return problem == null
                ? ""
                : Messages.text(problem.key(), problem.arguments().toArray());
    }

    public String problems(List<CertificateProblem> problems) {
        return problems.stream().map(this::problem).collect(Collectors.joining(" "));
    }

    /** A refusal passed to a page as a key and its arguments. */
    public String keyed(String key, Object[] arguments) {
        return key == null ? "" : Messages.text(key, arguments == null ? new Object[0] : arguments);
    }

    /** Why a batch item was skipped or failed. */
    public String item(BatchItem item) {
        return item.getProblemKey() == null ? "" : Messages.text(item.getProblemKey(), item.problemArguments());
    }
}
