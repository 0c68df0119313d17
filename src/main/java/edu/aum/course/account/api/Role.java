package edu.aum.course.account.api;

import java.util.Collection;
import java.util.Comparator;

/** What a person may do; each role has its own part of the site under its home path. */
public enum Role {
    // declared in the order in which a person with several roles lands on a home page
    ADMIN("/admin/home.xhtml"),
    INSTRUCTOR("/instructor/home.xhtml"),
    PARTNER("/partner/home.xhtml"),
    STUDENT("/student/home.xhtml");

    public static final String ADMIN_NAME = "ADMIN";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String STUDENT_NAME = "STUDENT";

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    public String homePath() {
        return homePath;
    }

    /** The role whose home page a person with these roles sees first. */
    public static Role landing(Collection<Role> roles) {
        return roles.stream()
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("A person without a role has no home page"));
    }
}
