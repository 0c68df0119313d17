package edu.aum.course.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When an account last signed in (written by SignIns' upsert alone, never through this entity). */
@Entity
@Table(name = "sign_ins")
public class SignIn {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    protected SignIn() {
        // for JPA
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getLastAt() {
        return lastAt;
    }
}
