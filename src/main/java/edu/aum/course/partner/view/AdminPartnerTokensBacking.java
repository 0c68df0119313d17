package edu.aum.course.partner.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.partner.control.ApiTokenService;
import edu.aum.course.partner.entity.ApiToken;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/partner-tokens.xhtml: every partner university's API tokens; administrators revoke any. */
@Named
@ViewScoped
public class AdminPartnerTokensBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiTokenService tokens;

    @Inject
    ActiveUser activeUser;

    private List<ApiToken> list;

    @PostConstruct
    void load() {
        list = tokens.all();
    }

    public void revoke(long tokenId) {
        tokens.revokeAsAdmin(activeUser.getId(), tokenId);
        Messages.info(null, "partner.tokens.revoked");
        load();
    }

    public List<ApiToken> getList() {
        return list;
    }
}
