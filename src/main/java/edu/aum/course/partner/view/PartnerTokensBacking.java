package edu.aum.course.partner.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.partner.control.ApiTokenService;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.Scope;
import edu.aum.course.partner.entity.ApiToken;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /partner/tokens.xhtml: the university's API tokens; a new one's secret is shown once, then forgotten. */
@Named
@ViewScoped
public class PartnerTokensBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerAccess access;

    @Inject
    transient ApiTokenService tokens;

    @Inject
    ActiveUser activeUser;

    private Scope scope;
    private List<ApiToken> list;
    private String name;
    private transient String secret;

    @PostConstruct
    void load() {
        scope = access.ofStaff(activeUser.getId());
        list = tokens.ofUniversity(scope);
    }

    public void create() {
        secret = tokens.create(scope, name).secret();
        // the page with the secret must not be kept by the browser or a proxy
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        name = null;
        Messages.info(null, "partner.tokens.created");
        list = tokens.ofUniversity(scope);
    }

    public void revoke(long tokenId) {
        tokens.revoke(scope, tokenId);
        secret = null;
        Messages.info(null, "partner.tokens.revoked");
        list = tokens.ofUniversity(scope);
    }

    public List<ApiToken> getList() {
        return list;
    }

    /** The secret of the token just made, only in the response to its creation. */
    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
