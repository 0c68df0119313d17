package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.control.BatchStore;
import edu.aum.course.certificate.control.CertificateWorks;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.certificate.control.Prepared;
import edu.aum.course.certificate.control.SigningKey;
import edu.aum.course.certificate.entity.BatchItem;
import edu.aum.course.certificate.entity.ItemStatus;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.grading.api.Review;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A batch item is rendered by one runner only: a runner claims it first (one conditional UPDATE), a second runner
 * (another instance taking the batch over) gets nothing while the claim runs, the first may renew it, and once it
 * ran out (the first runner died) the second gets it; a stored item is claimed by nobody.
 */
class BatchClaimServiceIT {

    private static final Path KEY_DIR = Path.of("target/tier-signing");
    private static final Duration CLAIM = Duration.ofSeconds(20);

    static {
        SigningKey.choose(Optional.empty(), Optional.empty(), true, KEY_DIR);
    }

    @RegisterExtension
    final ServiceTier tier = new ServiceTier()
            .setting("signing.keystore", KEY_DIR.resolve("demo-signing.p12").toString())
            .setting("signing.keystore.password", password());

    final ServiceData data = new ServiceData(tier);

    BatchStore store;
    long item;

    @BeforeEach
    void aBatchOfOneEligibleStudent() {
        store = tier.service(BatchStore.class);
        Account admin = data.admin("Ada Admin");
        Account marker = data.instructor("Mark Marker");
        Offering offering = data.offering(null, 1);
        data.teach(offering, marker);
        Assignment essay = data.assignment(offering, true);
        Account student = data.student("Ольга Однажды", Language.RU);
        Enrollment enrollment = data.enroll(student, offering, data.university(false));
        Review review = data.submit(student, essay, 50);
        data.release(marker, review, "30", SubmissionResult.PASS);
        IssuanceService issuance = tier.service(IssuanceService.class);
        long batch = issuance.start(admin.getId(), offering.getId(), List.of(enrollment.getId()), false);
        List<BatchItem> items = issuance.items(batch);
        assertEquals(1, items.size());
        item = items.get(0).getId();
    }

    @Test
    void oneRunnerClaimsAnItemUntilItsClaimRunsOut() {
        assertTrue(store.claimItem(item, "runner-a", CLAIM));
        assertFalse(store.claimItem(item, "runner-b", CLAIM), "a second runner at the same moment");
        tier.clock().advance(CLAIM.minusSeconds(5));
        assertTrue(store.claimItem(item, "runner-a", CLAIM), "the first renews its claim");
        tier.clock().advance(CLAIM.minusSeconds(5));
        assertFalse(store.claimItem(item, "runner-b", CLAIM), "the renewed claim still runs");
        tier.clock().advance(Duration.ofSeconds(6)); // whole seconds: MariaDB through Connector/J keeps no fractions
        assertTrue(store.claimItem(item, "runner-b", CLAIM), "runner-a died: its claim ran out");
    }

    @Test
    void aStoredItemIsClaimedByNobody() {
        assertTrue(store.claimItem(item, "runner-a", CLAIM));
        Prepared prepared = store.prepare(item).orElseThrow();
        store.store(
                prepared, tier.service(CertificateWorks.class).engine().issue(prepared.template(), prepared.data()));
        tier.em().flush();
        tier.em().clear();
        assertEquals(ItemStatus.ISSUED, tier.em().find(BatchItem.class, item).getStatus());

        tier.clock().advance(CLAIM.plusSeconds(1));
        assertFalse(store.claimItem(item, "runner-b", CLAIM));
        assertFalse(store.claimItem(item, "runner-a", CLAIM));
    }

    private static String password() {
        try {
            return Files.readString(KEY_DIR.resolve("demo-signing.p12.password"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
