package edu.aum.course.certificate.view;

import edu.aum.course.certificate.control.AdminWording;
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

    /**
     * Why a batch item was skipped or failed, in the admin's words (AdminWording also rewords items that batches
     * recorded before it, in the engine's terms).
     */
    public String item(BatchItem item) {
        if (item.getProblemKey() == null) {
            return "";
        }
        CertificateProblem recorded = new CertificateProblem(item.getProblemKey(), List.of(item.problemArguments()));
        return problem(AdminWording.first(item.getEnrollment().getStudent().getFullName(), List.of(recorded)));
    }
}
