package edu.aum.course.account.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * One sign-in in this request: the login form tells where it comes from, the identity store tells
 * why it was refused, so that the page can say it without the identity store knowing about pages.
 */
@RequestScoped
public class SignInAttempt {

    /** Why a sign-in did not succeed. */
    public enum Refusal {
        WRONG_CREDENTIALS,
        LOCKED,
        UNCONFIRMED,
        DEACTIVATED
    }

    private String address;
    private Refusal refusal;

    public void from(String networkAddress) {
        this.address = networkAddress;
    }

    public String address() {
        return address;
    }

    void refused(Refusal why) {
        this.refusal = why;
    }

    public Refusal refusal() {
        return refusal == null ? Refusal.WRONG_CREDENTIALS : refusal;
    }
}
