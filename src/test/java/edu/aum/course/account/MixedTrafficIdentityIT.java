package edu.aum.course.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Role;
import edu.aum.course.demo.DemoData;
import edu.aum.course.demo.DemoData.DemoAccount;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mixed traffic never changes what a request is allowed: while anonymous visitors load the catalogue (and try a
 * student page), signed-in students, instructors and partner staff load their own home pages, with full loads and
 * ajax posts, and another role's page. Each answer must be exactly what that request may have. Before the sign-in
 * mechanism kept its caller as plain session data (SessionCaller), Payara's session principal was read back through
 * a security context shared between threads, and about 5 in 75 of a student's home loads answered 403.
 */
@ExtendWith(PayaraServer.class)
class MixedTrafficIdentityIT {

    private static final int LOADS_PER_PERSON = 60;
    private static final int ANONYMOUS_VISITORS = 6;

    private final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();

    @Test
    void everyResponseIsWhatItsRequestIsAllowed() throws Exception {
        List<Person> people = new ArrayList<>();
        for (Role role : List.of(Role.STUDENT, Role.INSTRUCTOR, Role.PARTNER)) {
            people.add(Person.signIn(account(role)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size() + ANONYMOUS_VISITORS);
        try {
            List<Future<Integer>> signedIn = new ArrayList<>();
            for (Person person : people) {
                signedIn.add(pool.submit(() -> person.work(wrong)));
            }
            List<Future<Integer>> anonymous = new ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            for (int i = 0; i < ANONYMOUS_VISITORS; i++) {
                anonymous.add(pool.submit(() -> visit(done)));
            }
            int checked = 0;
            for (Future<Integer> f : signedIn) {
                checked += f.get();
            }
            done.set(true);
            int visits = 0;
            for (Future<Integer> f : anonymous) {
                visits += f.get();
            }
            assertEquals(people.size() * LOADS_PER_PERSON * 3, checked);
            assertTrue(visits >= ANONYMOUS_VISITORS, "anonymous visits: " + visits);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), List.copyOf(wrong));
    }

    /** An anonymous visitor: the catalogue without anybody's name in it, and a student page that sends to sign in. */
    private int visit(java.util.concurrent.atomic.AtomicBoolean done) {
        Http http = new Http();
        int visits = 0;
        while (!done.get()) {
            HttpResponse<String> catalogue = http.get("/catalogue.xhtml");
            if (catalogue.statusCode() != 200 || catalogue.body().contains("id=\"currentUser\"")) {
                wrong.add("anonymous catalogue: " + catalogue.statusCode());
            }
            if (++visits % 5 == 0) {
                HttpResponse<String> student = http.get("/student/home.xhtml");
                if (student.statusCode() != 302
                        || !student.headers().firstValue("Location").orElse("").endsWith("/login.xhtml")) {
                    wrong.add("anonymous student home: " + student.statusCode());
                }
            }
        }
        return visits;
    }

    private static DemoAccount account(Role role) {
        return DemoData.ACCOUNTS.stream()
                .filter(a -> a.role() == role)
                .findFirst()
                .orElseThrow();
    }

    /** A signed-in person with their own cookies, loading their home page, posting ajax to it, and trying another's. */
    private record Person(DemoAccount account, Http http) {

        static Person signIn(DemoAccount account) {
            Http http = new Http();
            HttpResponse<String> signedIn = http.signIn(account.email(), account.password());
            assertEquals(302, signedIn.statusCode(), account.email() + " signs in");
            return new Person(account, http);
        }

        int work(ConcurrentLinkedQueue<String> wrong) {
            String home = account.role().homePath();
            String other = (account.role() == Role.STUDENT ? Role.INSTRUCTOR : Role.STUDENT).homePath();
            int checked = 0;
            for (int i = 0; i < LOADS_PER_PERSON; i++) {
                HttpResponse<String> page = http.get(home);
                if (page.statusCode() != 200 || !page.body().contains("id=\"currentUser\"")) {
                    wrong.add(account.email() + " " + home + ": " + page.statusCode());
                    checked += 3;
                    continue;
                }
                HttpResponse<String> ajax = http.postForm(home, ajaxOf(page.body()), "Faces-Request", "partial/ajax");
                if (ajax.statusCode() != 200 || !ajax.body().contains("<partial-response")) {
                    wrong.add(account.email() + " ajax " + home + ": " + ajax.statusCode());
                }
                HttpResponse<String> foreign = http.get(other);
                if (foreign.statusCode() != 403) {
                    wrong.add(account.email() + " " + other + ": " + foreign.statusCode());
                }
                checked += 3;
            }
            return checked;
        }

        /** A PrimeFaces ajax post of the page's menu form that executes and renders nothing. */
        private static Map<String, String> ajaxOf(String page) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "menuForm");
            form.put("jakarta.faces.partial.execute", "menuForm");
            form.put("jakarta.faces.partial.render", "@none");
            form.put("menuForm", "menuForm");
            form.put("jakarta.faces.ViewState", Http.viewState(page));
            return form;
        }
    }
}
