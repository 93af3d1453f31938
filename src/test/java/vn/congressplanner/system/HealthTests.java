package vn.congressplanner.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.support.IntegrationTest;

/** Issue 11 §9: the public health answer says whether the database is up, without details. */
@IntegrationTest
class HealthTests {

  @Autowired MockMvc mvc;

  @Test
  void healthNamesTheDatabaseWithoutDetails() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.db.details").doesNotExist());
  }
}
