package edu.aum.course.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PayaraServer.class)
class HealthIT {

    @Test
    void healthIsUpWithTheDatabaseCheck() {
        var response = new Http().get("/health");

        assertEquals(200, response.statusCode());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);
    }
}
