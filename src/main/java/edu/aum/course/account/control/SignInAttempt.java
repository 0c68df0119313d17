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
        DEACTIVATED,
        /** The database was away or read-only: nothing was checked, try again in a minute. */
        UNAVAILABLE
    }

    private String address;
    private Refusal refusal;
    private Long sessionEpoch;

    public void from(String networkAddress) {
        this.address = networkAddress;
    }

    public String address() {
        return address;
    }

    void refused(Refusal why) {
        this.refusal = why;
    }

    void signedIn(long epoch) {
        this.sessionEpoch = epoch;
    }

    /** The signed-in account's session epoch, for the session to carry; empty unless the sign-in succeeded. */
    public java.util.Optional<Long> sessionEpoch() {
        return java.util.Optional.ofNullable(sessionEpoch);
    }

    public Refusal refusal() {
        return refusal == null ? Refusal.WRONG_CREDENTIALS : refusal;
    }
}
