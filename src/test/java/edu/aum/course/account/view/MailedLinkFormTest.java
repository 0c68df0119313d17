package edu.aum.course.account.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailedLinkFormTest {

    @Test
    void theTypedEmailGoesToTheMailerAndThePageSaysSent() {
        List<String> mailed = new ArrayList<>();
        MailedLinkForm form = new MailedLinkForm() {};
        form.setEmail("anna@msu.ru");
        assertFalse(form.isSent());

        form.send(mailed::add);

        assertEquals(List.of("anna@msu.ru"), mailed);
        assertTrue(form.isSent());
    }
}
