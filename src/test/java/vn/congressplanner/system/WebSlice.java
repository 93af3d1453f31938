package vn.congressplanner.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * What a {@code @WebMvcTest} slice needs besides its controller so that the real templates render:
 * the formatter ({@code @fmt}), "today" ({@code @today}, pinned to 15/07/2019), the page links
 * ({@code @pageLinks}) and the clock. No database: services are mocked by the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(WebSliceConfiguration.class)
@TestPropertySource(properties = {"planner.today=2019-07-15", "planner.zone=Asia/Ho_Chi_Minh"})
public @interface WebSlice {}
