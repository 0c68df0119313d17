package edu.aum.course.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.i18n.Language;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anna\u0000@msu.ru", // NUL: a look-alike of anna@msu.ru
                "anna@msu.ru\u0000",
                "an\u0007na@msu.ru", // BEL (Cc)
                "an\u007Fna@msu.ru", // DEL (Cc)
                "an\u0085na@msu.ru", // NEL (Cc)
                "an\u200Bna@msu.ru", // zero-width space (Cf)
                "an\u200Dna@msu.ru", // zero-width joiner (Cf)
                "anna@\u202Eur.usm", // right-to-left override (Cf, bidi)
                "anna@msu\u2066.ru", // left-to-right isolate (Cf, bidi)
                "\uFEFFanna@msu.ru", // byte order mark (Cf)
                "anna@msu.ru\u2028", // line separator
                "anna\u2029@msu.ru", // paragraph separator
                "anna@msu.r\uDB40\uDC01u" // language tag (Cf, outside the BMP)
            })
    void anAddressWithAnInvisibleCharacterIsRefusedWithItsOwnMessage(String raw) {
        assertEquals(Optional.of("email.invisibleCharacters"), EmailAddress.problem(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@msu.ru", "  Anna.Petrova@MSU.ru ", "анна@мгу.рф", "o'neil+course@example.edu"})
    void ordinaryAddressesPass(String raw) {
        assertEquals(Optional.empty(), EmailAddress.problem(raw));
    }

    /** Markup, quotes, brackets, commas, colons, spaces and empty runs: mail software reads them otherwise. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "x<attacker@evil.example>", // a name and another address to a mail library
                "anna<script>alert(1)</script>@msu.ru",
                "\"anna\"@msu.ru",
                "anna,boris@msu.ru",
                "anna;boris@msu.ru",
                "anna:x@msu.ru",
                "anna(comment)@msu.ru",
                "anna[1]@msu.ru",
                "anna\\@msu.ru",
                "an na@msu.ru",
                "anna..p@msu.ru",
                ".anna@msu.ru",
                "anna.@msu.ru",
                "anna@msu..ru",
                "anna@msu_ru.ru",
                "anna@msu.ru/x",
                "anna@[127.0.0.1]"
            })
    void anAddressThatIsNotADotAtomIsRefused(String raw) {
        assertEquals(Optional.of("email.invalid"), EmailAddress.problem(raw));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{{7*7}}@msu.ru", "a%00b@msu.ru", "o'neil+course@sub.example-uni.edu", "user/dept=x@msu.ru"})
    void everyCharacterOfTheDotAtomPasses(String raw) {
        assertEquals(Optional.empty(), EmailAddress.problem(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna\u0000@msu.ru", "anna@msu.ru\u2028", "not-an-address"})
    void theAccountItselfRefusesSuchAnAddress(String raw) {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThrows(
                IllegalArgumentException.class,
                () -> new Account(raw, "Анна Петрова", "hash", Language.RU, EnumSet.of(Role.STUDENT), now));
        Account account =
                new Account("anna@msu.ru", "Анна Петрова", "hash", Language.RU, EnumSet.of(Role.STUDENT), now);
        assertThrows(IllegalArgumentException.class, () -> account.changeEmail(raw, now));
    }
}
