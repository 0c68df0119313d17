package edu.aum.course.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void namesInAnyScriptAreKeptWithTheirAccentsHyphensAndApostrophes() {
        assertEquals("Ёлкина Мария-Luisa O'Neil", PersonName.require("Ёлкина Мария-Luisa O'Neil"));
        assertEquals("José Núñez-García", PersonName.require("José Núñez-García"));
        assertEquals("D’Artagnan Jr.", PersonName.require("D’Artagnan Jr."));
        assertEquals(Optional.empty(), PersonName.problem("Ли"));
    }

    @Test
    void whitespaceIsTrimmedAndCollapsed() {
        assertEquals("Анна Петрова", PersonName.normalize("  Анна \t\u00a0 Петрова\n"));
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertEquals("Jos\u00e9", PersonName.normalize("Jose\u0301"));
    }

    @Test
    void aNameNeedsALetterAndNoOtherSymbols() {
        assertEquals(Optional.of("name.required"), PersonName.problem("   "));
        assertEquals(Optional.of("name.required"), PersonName.problem(null));
        assertEquals(Optional.of("name.needsLetter"), PersonName.problem("- '"));
        assertEquals(Optional.of("name.invalidCharacters"), PersonName.problem("Anna <script>"));
        assertEquals(Optional.of("name.invalidCharacters"), PersonName.problem("R2D2"));
        assertThrows(IllegalArgumentException.class, () -> PersonName.require("@@"));
    }

    @Test
    void atMost200Characters() {
        assertEquals(Optional.empty(), PersonName.problem("a".repeat(200)));
        assertEquals(Optional.of("name.tooLong"), PersonName.problem("a".repeat(201)));
        assertEquals(Optional.empty(), PersonName.problem("  " + "a".repeat(200) + "  "));
    }

    @Test
    void emailsAreNormalizedAndChecked() {
        assertEquals("anna@msu.ru", EmailAddress.normalize("  Anna@MSU.ru "));
        assertEquals(Optional.empty(), EmailAddress.problem("Anna.Petrova+course@mail.msu.ru"));
        assertEquals(Optional.of("email.required"), EmailAddress.problem(" "));
        assertEquals(Optional.of("email.invalid"), EmailAddress.problem("anna@localhost"));
        assertEquals(Optional.of("email.invalid"), EmailAddress.problem("anna@@msu.ru"));
        assertEquals(Optional.of("email.invalid"), EmailAddress.problem("an na@msu.ru"));
        assertEquals(Optional.of("email.invalid"), EmailAddress.problem("a".repeat(250) + "@b.ru"));
    }
}
