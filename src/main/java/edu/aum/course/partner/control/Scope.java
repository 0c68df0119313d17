package edu.aum.course.partner.control;

import java.io.Serializable;

/**
 * Whose students a caller may see: one partner university. Made only here in control, from a partner
 * staff account (PartnerAccess.ofStaff) or an API token (PartnerAccess.ofToken), so a view or resource
 * cannot widen it; every query of the partner services filters by it.
 */
public final class Scope implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long universityId;
    private final Long staffId;
    private final Long tokenId;

    Scope(long universityId, Long staffId, Long tokenId) {
        this.universityId = universityId;
        this.staffId = staffId;
        this.tokenId = tokenId;
    }

    public long universityId() {
        return universityId;
    }

    /** The partner staff account, for screens; empty for the API. */
    public Long staffId() {
        return staffId;
    }

    /** The API token, for the API; empty for screens. */
    public Long tokenId() {
        return tokenId;
    }
}
