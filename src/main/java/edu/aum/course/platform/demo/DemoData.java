package edu.aum.course.platform.demo;

import edu.aum.course.account.control.AccountService;
import edu.aum.course.account.entity.Role;
import edu.aum.course.enrollment.control.UniversityService;
import edu.aum.course.enrollment.entity.University;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode (DEMO_DATA=true, set by the run command): the seed course's universities and one account
 * per role. Each item is created only if missing, so restarts keep what people changed.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String AUM = "American University in Moscow";
    static final String MSU = "Lomonosov Moscow State University";
    static final String MEPHI = "National Research Nuclear University MEPhI";

    /** The demo accounts; the README lists the same. */
    public record DemoAccount(Role role, String email, String password, String fullName, Language language) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(Role.STUDENT, "student@demo.edu", "student-demo-1", "Анна Петрова", Language.RU),
            new DemoAccount(Role.INSTRUCTOR, "instructor@demo.edu", "instructor-demo-1", "John Miller", Language.EN),
            new DemoAccount(Role.ADMIN, "admin@demo.edu", "admin-demo-1", "Maria Ivanova", Language.EN),
            new DemoAccount(Role.PARTNER, "partner@demo.edu", "partner-demo-1", "Сергей Кузнецов", Language.RU));

    @Inject
    Settings settings;

    @Inject
    AccountService accounts;

    @Inject
    UniversityService universities;

    @PostConstruct
    void load() {
        if (!settings.demoData()) {
            return;
        }
        university(AUM, "Американский университет в Москве", false);
        University msu = university(MSU, "Московский государственный университет имени М. В. Ломоносова", true);
        university(MEPHI, "Национальный исследовательский ядерный университет «МИФИ»", true);
        ACCOUNTS.forEach(demo -> account(demo, msu));
        StringBuilder banner = new StringBuilder("Demo mode: sign in at /login.xhtml with");
        ACCOUNTS.forEach(demo -> banner.append(String.format("%n  %-10s %-22s password %s",
                demo.role(), demo.email(), demo.password())));
        LOG.info(banner::toString);
    }

    private University university(String nameEn, String nameRu, boolean partner) {
        return universities.findByNameEn(nameEn)
                .orElseGet(() -> universities.create(nameEn, nameRu, "RU", partner));
    }

    private void account(DemoAccount demo, University partnerUniversity) {
        if (accounts.findByEmail(demo.email()).isPresent()) {
            return;
        }
        char[] password = demo.password().toCharArray();
        if (demo.role() == Role.PARTNER) {
            accounts.createPartnerStaff(demo.email(), demo.fullName(), password, demo.language(), partnerUniversity);
        } else {
            accounts.create(demo.email(), demo.fullName(), password, demo.language(), EnumSet.of(demo.role()));
        }
    }
}
