package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.support.IntegrationTest;

/** Static assets: versioned links on the pages, a year of caching for them, no session. */
@IntegrationTest
class AssetsTests {

  @Autowired MockMvc mvc;
  @Autowired Assets assets;

  @Test
  void theLoginPageLinksItsAssetsWithTheBuildsVersion() throws Exception {
    String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(assets.version()).hasSize(12);
    assertThat(html).contains("/css/planner.css?v=" + assets.version());
  }

  @Test
  void aVersionedAssetIsCachedForAYearAndAnUnversionedOneForAnHour() throws Exception {
    mvc.perform(get("/css/planner.css").param("v", assets.version()))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
        .andExpect(header().doesNotExist("Set-Cookie"));
    mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "public, max-age=3600"))
        .andExpect(header().exists("X-Content-Type-Options"));
  }

  @Test
  void pagesAreStillNeverCached() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(
            header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
  }
}
